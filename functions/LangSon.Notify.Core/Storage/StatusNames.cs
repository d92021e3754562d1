using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Core.Storage;

/// <summary>Statuses are stored as lower-case words so rows read well in Storage Explorer and the JSON API.</summary>
public static partial class StatusNames
{
    /// <summary>Kebab case: "awaiting-review".</summary>
    public static string ToName(this NoticeStatus status) => KebabCase().Replace(status.ToString(), "-$1").ToLowerInvariant();

    public static string ToName(this DeliveryStatus status) => status.ToString().ToLowerInvariant();

    public static NoticeStatus ToNoticeStatus(string? name) =>
        Enum.TryParse<NoticeStatus>(name?.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var status) ? status : throw new InvalidDataException($"Unknown notice status '{name}'.");

    public static DeliveryStatus ToDeliveryStatus(string? name) =>
        Enum.TryParse<DeliveryStatus>(name, ignoreCase: true, out var status) ? status : throw new InvalidDataException($"Unknown delivery status '{name}'.");

    [System.Text.RegularExpressions.GeneratedRegex("(?<=[a-z])([A-Z])", System.Text.RegularExpressions.RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex KebabCase();

    public static bool IsFinal(this DeliveryStatus status) => status is DeliveryStatus.Sent or DeliveryStatus.Failed;
}
