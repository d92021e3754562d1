using Azure.Storage.Queues.Models;
using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Storage;
using Microsoft.Azure.Functions.Worker;

namespace LangSon.Notify.Functions;

/// <summary>One queue message per delivery, or several of one notice; the host retries a throw until host.json's maxDequeueCount, then moves it to the poison queue.</summary>
internal sealed class DeliveryFunctions(IDeliveryHandler delivery, IDeliveryDeferral deferral)
{
    [Function("SendDelivery")]
    public async Task SendAsync(
        [QueueTrigger(StorageNames.DeliveriesQueue, Connection = TriggerNames.Connection)] QueueMessage message,
        CancellationToken cancellationToken)
    {
        // The host would retry a transient failure after host.json's fixed visibilityTimeout, and count it against
        // maxDequeueCount: enqueue that delivery alone, hidden for the backoff (or the provider's Retry-After), and go on.
        await DeliveryPackHandler.HandleAllAsync(delivery, StorageDeliveryQueue.DeserializeAll(message.MessageText), message.DequeueCount, async (payload, ex) =>
        {
            await deferral.DeferAsync(StorageDeliveryQueue.Serialize(payload), ex, cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Makes a delivery the host gave up on a visible failure instead of a message nobody reads.</summary>
    [Function("FailPoisonDelivery")]
    public Task FailPoisonAsync(
        [QueueTrigger(StorageNames.DeliveriesPoisonQueue, Connection = TriggerNames.Connection)] QueueMessage message,
        CancellationToken cancellationToken) =>
        DeliveryPackHandler.HandlePoisonAsync(
            delivery,
            StorageDeliveryQueue.DeserializeAll(message.MessageText),
            $"the host gave up after maxDequeueCount attempts (host.json) and moved the message to {StorageNames.DeliveriesPoisonQueue}",
            cancellationToken);
}
