namespace LangSon.Notify.Core.Storage;

/// <summary>Statuses are stored as lower-case words so rows read well in Storage Explorer and the JSON API.</summary>
internal static class StatusNames
{
    public static string ToName(this NoticeStatus status) => status.ToString().ToLowerInvariant();

    public static string ToName(this DeliveryStatus status) => status.ToString().ToLowerInvariant();

    public static NoticeStatus ToNoticeStatus(string? name) =>
        Enum.TryParse<NoticeStatus>(name, ignoreCase: true, out var status) ? status : throw new InvalidDataException($"Unknown notice status '{name}'.");

    public static DeliveryStatus ToDeliveryStatus(string? name) =>
        Enum.TryParse<DeliveryStatus>(name, ignoreCase: true, out var status) ? status : throw new InvalidDataException($"Unknown delivery status '{name}'.");

    public static bool IsFinal(this DeliveryStatus status) => status is DeliveryStatus.Sent or DeliveryStatus.Failed;
}
