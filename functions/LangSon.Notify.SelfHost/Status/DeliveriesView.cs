namespace LangSon.Notify.SelfHost.Status;

/// <param name="PausedChannels">The paused channels this notice still has deliveries waiting on, and why.</param>
/// <param name="Complete">Whether the notice was dispatched and every delivery is sent or failed. Never true for a rejected, duplicate or held notice.</param>
/// <param name="Settled">Whether nothing more will happen without someone acting: complete, or rejected, a duplicate, or awaiting a clerk's review with no delivery unfinished.</param>
internal sealed record DeliveriesView(
    string NoticeId,
    string NoticeStatus,
    int Total,
    int Final,
    IReadOnlyDictionary<string, int> ByStatus,
    bool Complete,
    bool Settled,
    DateTimeOffset? LastFinishedAt,
    IReadOnlyList<DeliveryView> Deliveries,
    IReadOnlyList<ChannelPauseView> PausedChannels);
