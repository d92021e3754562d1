using LangSon.Notify.Core.Storage;
using LangSon.Notify.Core.Telemetry;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>
/// Puts deliveries back on the queue and stamps their rows with the time, so the next recovery sweep waits a grace
/// period before queuing them again. A row changed meanwhile (a worker claimed it) is left to that worker.
/// </summary>
internal sealed class DeliveryRequeue(NoticeStore notices, DeliveryStore deliveries, IDeliveryQueue queue, TimeProvider time)
{
    /// <summary>Queues each row again; a "sending" row's expired claim is taken over first (recorded as an event). Returns how many were queued.</summary>
    public async Task<int> RequeueAsync(IReadOnlyList<DeliveryRecord> rows, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var takenFrom = new Dictionary<DeliveryRecord, string>();
        foreach (var row in rows)
        {
            if (row.GetStatus() == DeliveryStatus.Sending)
            {
                var worker = row.ClaimedBy ?? "an unknown worker";
                takenFrom[row] = worker;
                row.Status = DeliveryStatus.Queued.ToName();
                row.Reason = $"claim by {worker} expired; queued again";
                row.ClaimedAt = null;
                row.ClaimedBy = null;
            }

            row.QueuedAt = now;
        }

        // Stamped in table transactions: at thousands of rows, one request per row is what a sweep would spend its time on.
        var stamped = await deliveries.TryReplaceManyAsync(rows, cancellationToken).ConfigureAwait(false);
        foreach (var row in stamped)
        {
            if (takenFrom.TryGetValue(row, out var worker))
            {
                deliveries.AppendEvent(row, "taken-over", $"claim by {worker} expired; queued again by the recovery sweep", null);
            }
        }

        var trace = NotifyTelemetry.CurrentTraceParent();
        await queue.EnqueueAsync(stamped.Select(r => new DeliveryMessage(r.NoticeId, r.DeliveryId, trace)).ToList(), cancellationToken).ConfigureAwait(false);
        return stamped.Count;
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
