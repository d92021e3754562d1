using Azure.Storage.Queues.Models;
using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Storage;
using Microsoft.Azure.Functions.Worker;

namespace LangSon.Notify.Functions;

/// <summary>One queue message per delivery; the host retries a throw until host.json's maxDequeueCount, then moves it to the poison queue.</summary>
internal sealed class DeliveryFunctions(IDeliveryHandler delivery, IDeliveryDeferral deferral)
{
    [Function("SendDelivery")]
    public async Task SendAsync(
        [QueueTrigger(StorageNames.DeliveriesQueue, Connection = TriggerNames.Connection)] QueueMessage message,
        CancellationToken cancellationToken)
    {
        var payload = StorageDeliveryQueue.Deserialize(message.MessageText);
        try
        {
            await delivery.HandleAsync(payload, message.DequeueCount, cancellationToken).ConfigureAwait(false);
        }
        catch (TransientDeliveryException ex)
        {
            // The host would retry after host.json's fixed visibilityTimeout and count it against maxDequeueCount:
            // enqueue a copy hidden for the backoff (or the provider's Retry-After) and let this one complete.
            await deferral.DeferAsync(message.MessageText, ex, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Makes a delivery the host gave up on a visible failure instead of a message nobody reads.</summary>
    [Function("FailPoisonDelivery")]
    public Task FailPoisonAsync(
        [QueueTrigger(StorageNames.DeliveriesPoisonQueue, Connection = TriggerNames.Connection)] QueueMessage message,
        CancellationToken cancellationToken) =>
        delivery.HandlePoisonAsync(
            StorageDeliveryQueue.Deserialize(message.MessageText),
            $"the host gave up after maxDequeueCount attempts (host.json) and moved the message to {StorageNames.DeliveriesPoisonQueue}",
            cancellationToken);
}
