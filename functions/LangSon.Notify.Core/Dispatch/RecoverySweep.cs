using System.Diagnostics;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Core.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>
/// The one recovery path, run at the self-host's start and then on a timer in both hosts. In one pass it records sends
/// this process could not write down, resumes notices left between received and dispatched, ingests files in the
/// notices container that no row names (a lost upload event), takes over expired claims and queues again deliveries
/// whose message is taken to be lost. Every handler is idempotent, so a message queued twice never sends twice.
/// </summary>
internal sealed class RecoverySweep(
    NotifyStorage storage,
    NoticeStore notices,
    DeliveryStore deliveries,
    DeliveryRequeue requeue,
    IDeliveryQueue queue,
    UnsavedSends unsaved,
    IOptions<RecoveryOptions> options,
    IOptions<DispatchOptions> dispatch,
    IServiceProvider services,
    TimeProvider time,
    ILogger<RecoverySweep> logger) : IRecoverySweep
{
    /// <param name="startUp">The host's first sweep: the start-up grace period applies, and deliveries held by live claims are queued again too (the handler takes them over once the lease runs out).</param>
    public async Task<RecoveryReport> RunAsync(bool startUp, CancellationToken cancellationToken)
    {
        using var activity = NotifyTelemetry.Source.StartActivity("recovery.sweep");
        var started = time.GetTimestamp();
        var grace = startUp ? options.Value.StartupGracePeriod : options.Value.GracePeriod;
        var failures = 0;

        var recorded = 0;
        if (unsaved.Count > 0)
        {
            try
            {
                // Resolved here, not injected: the delivery handler pulls in the channel providers.
                recorded = await services.GetRequiredService<DeliveryHandler>().RecordUnsavedAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures++;
                logger.RecoveryItemFailed(ex, "sends not yet recorded");
            }
        }

        var rows = await notices.ListForRecoveryAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var (resumed, resumedIds, noticeFailures) = await ResumeNoticesAsync(rows, now, grace, cancellationToken).ConfigureAwait(false);
        // Files keep the normal grace period even at start: the blob trigger's own start-up scan picks up recent ones.
        var (ingested, blobFailures) = await IngestFilesWithoutRowAsync(rows, now, options.Value.GracePeriod, cancellationToken).ConfigureAwait(false);
        failures += noticeFailures + blobFailures;

        var takenOver = 0;
        var requeued = 0;
        try
        {
            (takenOver, requeued) = await RequeueDeliveriesAsync(resumedIds, time.GetUtcNow(), grace, startUp, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            failures++;
            logger.RecoveryItemFailed(ex, "waiting deliveries");
        }

        var report = new RecoveryReport(recorded, takenOver, requeued, resumed, ingested, failures, time.GetElapsedTime(started));
        Count("unsaved-send", report.Recorded);
        Count("claim-taken-over", report.TakenOver);
        Count("requeued", report.Requeued);
        Count("notice-resumed", report.Resumed);
        Count("blob-ingested", report.Ingested);
        Count("failed", report.Failures);
        activity?.SetTag("notify.recovery.items", report.Total);
        if (report.Total > 0 || report.Failures > 0 || startUp)
        {
            logger.RecoverySwept(recorded, takenOver, requeued, resumed, ingested, failures, (long)report.Elapsed.TotalMilliseconds);
        }

        return report;
    }

    private async Task<(int Resumed, HashSet<string> Ids, int Failures)> ResumeNoticesAsync(IReadOnlyList<NoticeRecord> rows, DateTimeOffset now, TimeSpan grace, CancellationToken cancellationToken)
    {
        var resumed = new HashSet<string>(StringComparer.Ordinal);
        var failures = 0;
        foreach (var candidate in rows.Where(r => RecoverySelection.IngestStuck(r, now, grace)))
        {
            try
            {
                // The scan read a few columns; act on the whole row, and only if it is still stuck.
                var notice = await notices.GetAsync(candidate.RowKey, cancellationToken).ConfigureAwait(false);
                if (notice is null || !RecoverySelection.IngestStuck(notice, now, grace))
                {
                    continue;
                }

                logger.RecoveryNoticeResumed(notice.RowKey, notice.BlobName, notice.Status, notice.AttemptedAt ?? notice.ReceivedAt);
                resumed.Add(notice.RowKey);
                if (notice.GetStatus() == NoticeStatus.Dispatching)
                {
                    await requeue.FinishDispatchAsync(notice, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (!await IngestFileAsync(notice.BlobName, cancellationToken).ConfigureAwait(false))
                {
                    await RejectWithoutFileAsync(notice, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures++;
                logger.RecoveryItemFailed(ex, $"notice {candidate.RowKey}");
            }
        }

        return (resumed.Count, resumed, failures);
    }

    private async Task<(int Ingested, int Failures)> IngestFilesWithoutRowAsync(IReadOnlyList<NoticeRecord> rows, DateTimeOffset now, TimeSpan grace, CancellationToken cancellationToken)
    {
        var known = rows.ToLookup(r => r.BlobName, r => r.ContentLength, StringComparer.Ordinal);
        var ingested = 0;
        var failures = 0;
        await foreach (var blob in storage.Notices.GetBlobsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (!RecoverySelection.FileWithoutRow(blob.Name, blob.Properties.ContentLength ?? 0, blob.Properties.LastModified, known, dispatch.Value.MaxUploadBytes, now, grace))
            {
                continue;
            }

            try
            {
                logger.RecoveryBlobIngested(blob.Name);
                if (await IngestFileAsync(blob.Name, cancellationToken).ConfigureAwait(false))
                {
                    ingested++;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures++;
                logger.RecoveryItemFailed(ex, $"file {blob.Name}");
            }
        }

        return (ingested, failures);
    }

    private async Task<(int TakenOver, int Requeued)> RequeueDeliveriesAsync(HashSet<string> resumedNotices, DateTimeOffset now, TimeSpan grace, bool startUp, CancellationToken cancellationToken)
    {
        var unfinished = (await deliveries.ListUnfinishedAsync(cancellationToken).ConfigureAwait(false))
            .Where(d => !resumedNotices.Contains(d.NoticeId) && !unsaved.Contains(d.NoticeId, d.DeliveryId))
            .ToList();
        var lease = dispatch.Value.ClaimLease;
        var expired = unfinished.Where(d => RecoverySelection.ClaimExpired(d, now, lease)).ToList();
        var waiting = unfinished.Where(d => RecoverySelection.WaitedTooLong(d, now, grace)).ToList();
        var takenOver = await requeue.RequeueAsync(expired, cancellationToken).ConfigureAwait(false);
        var requeued = await requeue.RequeueAsync(waiting, cancellationToken).ConfigureAwait(false);
        if (startUp)
        {
            // Claims a dead process may still hold: their messages are invisible for minutes; the handler waits out the lease.
            var held = unfinished.Where(d => d.GetStatus() == DeliveryStatus.Sending && !RecoverySelection.ClaimExpired(d, now, lease))
                .Select(d => new DeliveryMessage(d.NoticeId, d.DeliveryId)).ToList();
            await queue.EnqueueAsync(held, cancellationToken).ConfigureAwait(false);
            requeued += held.Count;
        }

        if (takenOver + requeued > 0)
        {
            logger.RecoveryDeliveriesRequeued(takenOver + requeued);
        }

        return (takenOver, requeued);
    }

    /// <summary>Runs the (idempotent) ingest on a stored file; false when the file is gone.</summary>
    private async Task<bool> IngestFileAsync(string blobName, CancellationToken cancellationToken)
    {
        var blob = storage.Notices.GetBlobClient(blobName);
        if (!await blob.ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        // Resolved here, not injected: the ingest handler pulls in the directory, which a host may only load once started.
        var ingest = services.GetRequiredService<INoticeIngestHandler>();
        // Through the triggers' entry, so the size budget is checked before anything is downloaded.
        await ingest.HandleAsync(blobName, blob, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task RejectWithoutFileAsync(NoticeRecord notice, CancellationToken cancellationToken)
    {
        logger.RecoveryNoticeFileMissing(notice.RowKey, notice.Status, notice.BlobName);
        if (await deliveries.AnyAsync(notice.RowKey, cancellationToken).ConfigureAwait(false))
        {
            // Its deliveries exist, so it is never rejected; they are queued again like any waiting delivery.
            return;
        }

        notice.Status = NoticeStatus.Rejected.ToName();
        notice.Reason = $"the file {notice.BlobName} is no longer in the notices container";
        await notices.UpsertAsync(notice, cancellationToken).ConfigureAwait(false);
    }

    private static void Count(string action, int value)
    {
        if (value > 0)
        {
            NotifyTelemetry.Recoveries.Add(value, new KeyValuePair<string, object?>("action", action));
        }
    }
}
