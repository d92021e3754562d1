using LangSon.Notify.Core.Storage;
using LangSon.Notify.Core.Telemetry;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>
/// Puts deliveries back on the queue and stamps their rows with the time, so the next recovery sweep waits a grace
/// period before queuing them again. A row changed meanwhile (a worker claimed it) is left to that worker.
/// </summary>
internal sealed class DeliveryRequeue(NoticeStore notices, DeliveryStore deliveries, IDeliveryQueue queue, TimeProvider time)
{
    private const int Parallelism = 16;

    /// <summary>Queues each row again; a "sending" row's expired claim is taken over first (recorded as an event). Returns how many were queued.</summary>
    public async Task<int> RequeueAsync(IReadOnlyList<DeliveryRecord> rows, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var messages = new List<DeliveryMessage>();
        var trace = NotifyTelemetry.CurrentTraceParent();
        await Parallel.ForEachAsync(
            rows,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (row, ct) =>
            {
                var takeover = row.GetStatus() == DeliveryStatus.Sending ? row.ClaimedBy ?? "an unknown worker" : null;
                if (takeover is not null)
                {
                    row.Status = DeliveryStatus.Queued.ToName();
                    row.Reason = $"claim by {takeover} expired; queued again";
                    row.ClaimedAt = null;
                    row.ClaimedBy = null;
                }

                row.QueuedAt = now;
                if (!await deliveries.TryReplaceAsync(row, ct).ConfigureAwait(false))
                {
                    return;
                }

                if (takeover is not null)
                {
                    deliveries.AppendEvent(row, "taken-over", $"claim by {takeover} expired; queued again by the recovery sweep", null);
                }

                lock (messages)
                {
                    messages.Add(new DeliveryMessage(row.NoticeId, row.DeliveryId, trace));
                }
            }).ConfigureAwait(false);
        await queue.EnqueueAsync(messages, cancellationToken).ConfigureAwait(false);
        return messages.Count;
    }

    /// <summary>
    /// Finishes a notice whose delivery rows are written (status dispatching): queues the rows still waiting and marks
    /// it dispatched. Never reads the file again, so a directory changed since cannot change its recipients.
    /// </summary>
    public async Task<int> FinishDispatchAsync(NoticeRecord notice, CancellationToken cancellationToken)
    {
        var rows = await deliveries.ListAsync(notice.RowKey, cancellationToken).ConfigureAwait(false);
        var waiting = rows.Where(r => r.GetStatus() == DeliveryStatus.Queued).ToList();
        var queued = await RequeueAsync(waiting, cancellationToken).ConfigureAwait(false);
        notice.Status = NoticeStatus.Dispatched.ToName();
        notice.DispatchedAt ??= time.GetUtcNow();
        notice.DeliveryCount = Math.Max(notice.DeliveryCount, rows.Count);
        await notices.UpsertAsync(notice, cancellationToken).ConfigureAwait(false);
        return queued;
    }
}
