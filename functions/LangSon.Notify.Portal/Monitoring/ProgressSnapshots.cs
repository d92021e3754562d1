using Azure;
using Azure.Data.Tables;
using LangSon.Notify.Core.Storage;

namespace LangSon.Notify.Portal.Monitoring;

/// <summary>
/// The notices list shows each notice's dispatch progress. Counting it reads the notice's delivery rows, one query per
/// notice; once every notice and resend delivery is final the count cannot change until someone retries or resends, so
/// it is kept on the notice's index row and the list reads it with the page. Retry and resend (the portal's own actions)
/// drop it; any other write of the notice replaces the index row and drops it too.
/// </summary>
internal sealed class ProgressSnapshots(NotifyStorage storage, NoticeStore notices)
{
    /// <summary>The stored snapshot of a listed row, or null when it has none.</summary>
    public static DeliveryProgress? Of(NoticeRecord row) =>
        row.ProgressTotal is > 0 and var total
            ? new DeliveryProgress(total, 0, 0, row.ProgressSent ?? 0, row.ProgressFailed ?? 0, row.ProgressFinishedAt)
            : null;

    /// <summary>Stores the progress when it is settled: every dispatch delivery final and at least as many as the notice planned.</summary>
    public async Task StoreIfSettledAsync(string noticeId, DeliveryProgress progress, CancellationToken cancellationToken)
    {
        if (progress.Total == 0 || progress.Final < progress.Total)
        {
            return;
        }

        var notice = await notices.GetAsync(noticeId, cancellationToken).ConfigureAwait(false);
        if (notice is null || notice.GetStatus() != NoticeStatus.Dispatched || progress.Total < notice.DeliveryCount)
        {
            return;
        }

        var entity = new TableEntity(NoticeRecord.Partition, NoticeStore.IndexKey(notice.ReceivedAt, noticeId))
        {
            [nameof(NoticeRecord.ProgressTotal)] = progress.Total,
            [nameof(NoticeRecord.ProgressSent)] = progress.Sent,
            [nameof(NoticeRecord.ProgressFailed)] = progress.Failed,
            [nameof(NoticeRecord.ProgressFinishedAt)] = progress.LastFinishedAt,
        };
        await MergeAsync(entity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Drops the snapshot before a retry or resend makes a delivery unfinished again.</summary>
    public async Task ClearAsync(string noticeId, CancellationToken cancellationToken)
    {
        var notice = await notices.GetAsync(noticeId, cancellationToken).ConfigureAwait(false);
        if (notice is not null)
        {
            await MergeAsync(new TableEntity(NoticeRecord.Partition, NoticeStore.IndexKey(notice.ReceivedAt, noticeId)) { [nameof(NoticeRecord.ProgressTotal)] = 0 }, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task MergeAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await storage.NoticeRows.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No index row under that key (not backfilled yet): nothing to keep the snapshot on.
        }
    }
}
