using Azure.Storage.Queues.Models;
using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace LangSon.Notify.Functions;

/// <summary>One queue message per delivery; the host retries a throw until host.json's maxDequeueCount, then moves it to the poison queue.</summary>
internal sealed partial class DeliveryFunctions(IDeliveryHandler delivery, NotifyStorage storage, ILogger<DeliveryFunctions> logger)
{
    /// <summary>The longest a storage queue message can stay invisible.</summary>
    private static readonly TimeSpan MaxVisibilityDelay = TimeSpan.FromDays(7);

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
        catch (TransientDeliveryException ex) when (ex.RetryAfter is { } wait && wait > TimeSpan.Zero)
        {
            // The host's retry would come after host.json's visibilityTimeout, not when the provider asked: enqueue a copy
            // hidden until then and let this one complete. The delivery row counts the attempts, so the copy still ends.
            var delay = wait < MaxVisibilityDelay ? wait : MaxVisibilityDelay;
            await storage.DeliveriesQueue.SendMessageAsync(message.MessageText, visibilityTimeout: delay, cancellationToken: cancellationToken).ConfigureAwait(false);
            LogDeferred(payload.DeliveryId, delay);
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

    [LoggerMessage(EventId = 5402, Level = LogLevel.Information, Message = "Delivery {DeliveryId} deferred by {Delay} as the provider asked")]
    private partial void LogDeferred(string deliveryId, TimeSpan delay);
}
