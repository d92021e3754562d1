namespace LangSon.Notify.Portal.Display;

/// <summary>Vietnamese words for the stored status names.</summary>
public static class StatusLabels
{
    public static readonly IReadOnlyList<(string Value, string Label)> NoticeStatuses =
    [
        ("awaiting-review", "Chờ duyệt"),
        ("received", "Đã nhận"),
        ("parsed", "Đã đọc"),
        ("dispatching", "Đang phát hành"),
        ("dispatched", "Đã phát hành"),
        ("rejected", "Bị từ chối"),
        ("duplicate", "Trùng lặp"),
    ];

    public static string Notice(string? status) => NoticeStatuses.FirstOrDefault(s => s.Value == status).Label ?? status ?? "—";

    public static string Delivery(string? status) => status switch
    {
        "queued" => "Chờ gửi",
        "sending" => "Đang gửi",
        "sent" => "Đã gửi",
        "failed" => "Thất bại",
        _ => status ?? "—",
    };

    public static string Kind(string? kind) => kind switch
    {
        "notice" => "Văn bản",
        "reminder" => "Nhắc hạn",
        "escalation" => "Nhắc khẩn",
        "recall" => "Thu hồi",
        "resend" => "Gửi lại",
        _ => kind ?? "—",
    };

    public static string Role(LangSon.Notify.Understanding.Parsing.AgencyRole role) => role switch
    {
        LangSon.Notify.Understanding.Parsing.AgencyRole.Lead => "chủ trì",
        LangSon.Notify.Understanding.Parsing.AgencyRole.Coordinator => "phối hợp",
        LangSon.Notify.Understanding.Parsing.AgencyRole.Executor => "thực hiện",
        _ => "được nêu",
    };

    public static string Provider(string? state) => state switch
    {
        "queued" => "đang chờ",
        "processed" or "sent" or "accepted" => "đã nhận gửi",
        "deferred" => "tạm hoãn",
        "delivered" => "đã đến",
        "opened" => "đã mở",
        "bounce" or "dropped" or "undelivered" or "failed" => "không đến được",
        "spamreport" => "bị báo thư rác",
        _ => state ?? "—",
    };

    /// <summary>An event of a delivery's history: pipeline steps as stored, exchange codes with their meaning.</summary>
    public static string Event(string kind) =>
        kind.Length == 2 && char.IsAsciiDigit(kind[0]) && char.IsAsciiDigit(kind[1]) ? $"{kind} {LangSon.Notify.Core.Receipts.ReceiptCodes.Label(kind)}" : kind;

    public static string Channel(string? channel) => channel switch
    {
        "email" => "Thư điện tử",
        "sms" => "Tin nhắn SMS",
        _ => channel ?? "—",
    };
}
