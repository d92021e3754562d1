using LangSon.Notify.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>
/// After a crash, queue messages held by the dead process stay invisible until their lease runs out. On start this
/// re-queues every unfinished delivery and resumes every unfinished notice; the handlers' idempotence makes the extra
/// messages harmless.
/// </summary>
internal sealed class DeliveryRecovery(
    NotifyStorage storage,
    NoticeStore notices,
    DeliveryStore deliveries,
    IDeliveryQueue queue,
    IServiceProvider services,
    ILogger<DeliveryRecovery> logger)
{
    public async Task RecoverAsync(CancellationToken cancellationToken)
    {
        var unfinishedNotices = (await notices.ListAsync(int.MaxValue, cancellationToken).ConfigureAwait(false))
            .Where(n => n.GetStatus() is NoticeStatus.Received or NoticeStatus.Parsed or NoticeStatus.Dispatching)
            .ToList();
        // Resolved here, not injected: the ingest handler pulls in the directory, which a host may only load once started.
        var ingest = services.GetRequiredService<INoticeIngestHandler>();
        foreach (var notice in unfinishedNotices)
        {
            var blob = storage.Notices.GetBlobClient(notice.BlobName);
            if (!await blob.ExistsAsync(cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            var content = await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await ingest.HandleAsync(notice.BlobName, content.Value.Content.ToStream(), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The row already carries the error; the blob trigger retries too.
            }
        }

        var unfinished = await deliveries.ListUnfinishedAsync(cancellationToken).ConfigureAwait(false);
        await queue.EnqueueAsync(unfinished.Select(d => new DeliveryMessage(d.NoticeId, d.DeliveryId)).ToList(), cancellationToken).ConfigureAwait(false);
        logger.Recovered(unfinished.Count, unfinishedNotices.Count);
    }
}
