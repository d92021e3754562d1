namespace LangSon.Notify.SelfHost.Status;

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
    int RecipientCount,
    int DeliveryCount,
    int UnresolvedCount,
    string? Warnings,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DispatchedAt);
