namespace LangSon.Notify.SelfHost.Status;

/// <param name="Date">ISO 8601, or null when the day, month or year was left blank; <paramref name="DatePrinted"/> is the phrase.</param>
internal sealed record NoticeView(
    string Id,
    string BlobName,
    string Status,
    string? Reason,
    string? DuplicateOf,
    string? Type,
    string? Number,
    string? Title,
    string? Date,
    string? DatePrinted,
    string? SignatureStatus,
    string? Signatures,
    int RecipientCount,
    int DeliveryCount,
    int UnresolvedCount,
    string? Warnings,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DispatchedAt);
