namespace LangSon.Notify.SelfHost.Status;

internal sealed record DeliveryView(
    string Id,
    string EntryId,
    string Agency,
    string Channel,
    string Address,
    string Status,
    string? Reason,
    int Attempts,
    string? ProviderMessageId,
    string? ExcerptLabels,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    DateTimeOffset? FailedAt,
    string Kind);
