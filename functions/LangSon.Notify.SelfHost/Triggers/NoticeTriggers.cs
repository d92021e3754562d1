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

    /// <summary>A message carries one delivery or several of one notice; any failure retries the message, whose final deliveries are then no-ops.</summary>
    [FunctionName("SendDelivery")]
    public Task SendAsync([QueueTrigger(StorageNames.DeliveriesQueue)] string message, long dequeueCount, CancellationToken cancellationToken) =>
        // Waiting (backoff, Retry-After, a paused channel) must not count towards the dequeue limit: a copy of that delivery waits instead.
        DeliveryPackHandler.HandleAllAsync(
            delivery,
            StorageDeliveryQueue.DeserializeAll(message),
            dequeueCount,
            (payload, ex) => deferral.DeferAsync(StorageDeliveryQueue.Serialize(payload), ex, cancellationToken),
            cancellationToken);

    [FunctionName("FailPoisonDelivery")]
    public Task PoisonAsync([QueueTrigger(StorageNames.DeliveriesPoisonQueue)] string message, long dequeueCount, CancellationToken cancellationToken) =>
        DeliveryPackHandler.HandlePoisonAsync(
            delivery,
            StorageDeliveryQueue.DeserializeAll(message),
            $"the message failed {SelfHostDefaults.MaxDequeueCount} times and was moved to the poison queue",
            cancellationToken);
}
