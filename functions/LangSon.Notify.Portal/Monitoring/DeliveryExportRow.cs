namespace LangSon.Notify.Portal.Monitoring;

/// <summary>One delivery in the CSV and Excel exports, with Vietnamese column names and Vietnamese times.</summary>
public sealed record DeliveryExportRow(
    string Agency,
    string EntryId,
    string Kind,
    string Channel,
    string Address,
    string Status,
    int Attempts,
    string CreatedAt,
    string SentAt,
    string FailedAt,
    string Reason,
    string ProviderMessageId,
    string DeliveryId)
{
    public static readonly IReadOnlyList<string> Headers =
        ["Cơ quan", "Mã cơ quan", "Loại", "Kênh", "Địa chỉ", "Trạng thái", "Số lần gửi", "Tạo lúc", "Gửi lúc", "Thất bại lúc", "Lý do", "Mã nhà cung cấp", "Mã lượt gửi"];

    public IReadOnlyList<object> Values() =>
        [Agency, EntryId, Kind, Channel, Address, Status, Attempts, CreatedAt, SentAt, FailedAt, Reason, ProviderMessageId, DeliveryId];

    public Dictionary<string, object> ToDictionary() =>
        Headers.Zip(Values()).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
}
