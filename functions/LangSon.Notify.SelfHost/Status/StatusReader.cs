using LangSon.Notify.Core.Channels.Pause;
using LangSon.Notify.Core.Storage;

namespace LangSon.Notify.SelfHost.Status;

/// <summary>Read-only views of the notices and deliveries tables for the status API.</summary>
internal sealed class StatusReader(NoticeStore notices, DeliveryStore deliveries, ChannelPauseStore pauses)
{
    /// <summary>One page of notices, newest first, read from the table's time index; and the next page's token.</summary>
    public async Task<(IReadOnlyList<NoticeView> Notices, string? Next)> ListNoticesAsync(int max, string? continuation, CancellationToken cancellationToken)
    {
        var (rows, next) = await notices.ListPageAsync(new NoticeQuery(), max, string.IsNullOrWhiteSpace(continuation) ? null : continuation, cancellationToken).ConfigureAwait(false);
        return (rows.Select(ToView).ToList(), next);
    }

    public async Task<NoticeView?> GetNoticeAsync(string id, CancellationToken cancellationToken) =>
        await notices.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } row ? ToView(row) : null;

    public async Task<DeliveriesView?> GetDeliveriesAsync(string noticeId, CancellationToken cancellationToken)
    {
        var notice = await notices.GetAsync(noticeId, cancellationToken).ConfigureAwait(false);
        if (notice is null)
        {
            return null;
        }

        var rows = await deliveries.ListAsync(noticeId, cancellationToken).ConfigureAwait(false);
        var byStatus = Enum.GetValues<DeliveryStatus>().ToDictionary(s => s.ToName(), s => rows.Count(r => r.Status == s.ToName()));
        var final = rows.Count(r => r.GetStatus().IsFinal());
        var status = notice.GetStatus();
        // Complete only when everything was sent or failed; a rejected, duplicate or held notice is settled, never complete.
        var complete = status == NoticeStatus.Dispatched && final == rows.Count;
        var settled = complete || (status is NoticeStatus.Rejected or NoticeStatus.Duplicate or NoticeStatus.AwaitingReview && final == rows.Count);
        var waiting = rows.Where(r => !r.GetStatus().IsFinal()).Select(r => r.Channel).ToHashSet(StringComparer.Ordinal);
        var paused = (await ListPausedChannelsAsync(cancellationToken).ConfigureAwait(false)).Where(p => waiting.Contains(p.Channel)).ToList();
        var lastFinished = rows.Select(r => r.SentAt ?? r.FailedAt).Where(t => t is not null).Max();
        return new DeliveriesView(
            noticeId,
            notice.Status,
            rows.Count,
            final,
            byStatus,
            complete,
            settled,
            lastFinished,
            rows.OrderBy(r => r.AgencyName, StringComparer.Ordinal).ThenBy(r => r.Channel, StringComparer.Ordinal).Select(r => new DeliveryView(
                r.DeliveryId, r.EntryId, r.AgencyName, r.Channel, r.Address, r.Status, r.Reason, r.Attempts, r.ProviderMessageId, r.ExcerptLabels, r.CreatedAt, r.SentAt, r.FailedAt, r.Kind)).ToList(),
            paused);
    }

    public async Task<IReadOnlyList<ChannelPauseView>> ListPausedChannelsAsync(CancellationToken cancellationToken) =>
        (await pauses.ListAsync(cancellationToken, fresh: true).ConfigureAwait(false))
            .Select(p => new ChannelPauseView(p.RowKey, p.Reason, p.Source, p.PausedAt, p.ProbeAt))
            .ToList();

    private static NoticeView ToView(NoticeRecord r) => new(
        r.RowKey, r.BlobName, r.Status, r.Reason, r.DuplicateOf, r.DocumentType, r.Number ?? (r.Symbol is null ? null : $"…/{r.Symbol}"), r.Title, r.IssuedOn, r.NoticeDate,
        r.SignatureStatus, r.Signatures, r.RecipientCount, r.DeliveryCount, r.UnresolvedCount, r.Warnings, r.ReceivedAt, r.DispatchedAt);
}
