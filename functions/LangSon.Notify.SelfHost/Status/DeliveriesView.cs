namespace LangSon.Notify.SelfHost.Status;

/// <param name="Complete">Whether the notice was dispatched and every delivery is sent or failed.</param>
internal sealed record DeliveriesView(
    string NoticeId,
    string NoticeStatus,
    int Total,
    int Final,
    IReadOnlyDictionary<string, int> ByStatus,
    bool Complete,
    DateTimeOffset? LastFinishedAt,
    IReadOnlyList<DeliveryView> Deliveries);
