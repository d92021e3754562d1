namespace LangSon.Notify.SelfHost.Status;

/// <param name="PausedChannels">The paused channels this notice still has deliveries waiting on, and why.</param>
/// <param name="Complete">Whether nothing more will happen without someone acting: the notice was dispatched and every delivery is sent or failed, or it was rejected, is a duplicate, or awaits a clerk's review.</param>
internal sealed record DeliveriesView(
    string NoticeId,
    string NoticeStatus,
    int Total,
    int Final,
    IReadOnlyDictionary<string, int> ByStatus,
    bool Complete,
    DateTimeOffset? LastFinishedAt,
    IReadOnlyList<DeliveryView> Deliveries,
    IReadOnlyList<ChannelPauseView> PausedChannels);
