using Azure.Storage.Queues.Models;
using LangSon.Notify.Core.Dispatch;
using Microsoft.Azure.Functions.Worker;

namespace LangSon.Notify.Functions;

/// <summary>One queue message per delivery; the host retries a throw until host.json's maxDequeueCount, then moves it to the poison queue.</summary>
internal sealed class DeliveryFunctions(IDeliveryHandler delivery)
{
    [Function("SendDelivery")]
    public Task SendAsync(
        [QueueTrigger(TriggerNames.DeliveriesQueue, Connection = TriggerNames.Connection)] QueueMessage message,
        CancellationToken cancellationToken) =>
        delivery.HandleAsync(StorageDeliveryQueue.Deserialize(message.MessageText), message.DequeueCount, cancellationToken);

    /// <summary>Makes a delivery the host gave up on a visible failure instead of a message nobody reads.</summary>
    [Function("FailPoisonDelivery")]
    public Task FailPoisonAsync(
        [QueueTrigger(TriggerNames.DeliveriesPoisonQueue, Connection = TriggerNames.Connection)] QueueMessage message,
        CancellationToken cancellationToken) =>
        delivery.HandlePoisonAsync(
            StorageDeliveryQueue.Deserialize(message.MessageText),
            $"the host gave up after maxDequeueCount attempts (host.json) and moved the message to {TriggerNames.DeliveriesPoisonQueue}",
            cancellationToken);
}
