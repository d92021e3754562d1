namespace LangSon.Notify.Core.Receipts;

/// <param name="Status">The pipeline's status (queued, sending, sent, failed).</param>
/// <param name="ProviderState">The furthest state a provider reported (accepted, delivered, opened, bounce…).</param>
public sealed record ChannelReceiptView(
    string DeliveryId,
    string Kind,
    string Channel,
    string Address,
    string Status,
    string? Reason,
    DateTimeOffset? SentAt,
    string? ProviderState,
    DateTimeOffset? ProviderAt,
    string? ProviderDetail,
    bool Alert);
