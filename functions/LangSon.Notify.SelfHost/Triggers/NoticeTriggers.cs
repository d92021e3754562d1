using Azure.Storage.Blobs;
using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Storage;
using Microsoft.Azure.WebJobs;

namespace LangSon.Notify.SelfHost.Triggers;

/// <summary>
/// Thin adapters from the WebJobs triggers to the handlers. Public because the WebJobs SDK only indexes public
/// types and methods.
/// </summary>
public sealed class NoticeTriggers(INoticeIngestHandler ingest, IDeliveryHandler delivery, IDeliveryDeferral deferral)
{
    [FunctionName("IngestNotice")]
    public Task IngestAsync([BlobTrigger(StorageNames.NoticesContainer + "/{name}")] BlobClient blob, string name, CancellationToken cancellationToken) =>
        ingest.HandleAsync(name, blob, cancellationToken);

    [FunctionName("SendDelivery")]
    public async Task SendAsync([QueueTrigger(StorageNames.DeliveriesQueue)] string message, long dequeueCount, CancellationToken cancellationToken)
    {
        try
        {
            await delivery.HandleAsync(StorageDeliveryQueue.Deserialize(message), dequeueCount, cancellationToken).ConfigureAwait(false);
        }
        catch (TransientDeliveryException ex)
        {
            // Waiting (backoff, Retry-After, a paused channel) must not count towards the dequeue limit: a copy waits instead.
            await deferral.DeferAsync(message, ex, cancellationToken).ConfigureAwait(false);
        }
    }

    [FunctionName("FailPoisonDelivery")]
    public Task PoisonAsync([QueueTrigger(StorageNames.DeliveriesPoisonQueue)] string message, long dequeueCount, CancellationToken cancellationToken) =>
        delivery.HandlePoisonAsync(
            StorageDeliveryQueue.Deserialize(message),
            $"the message failed {SelfHostDefaults.MaxDequeueCount} times and was moved to the poison queue",
            cancellationToken);
}
