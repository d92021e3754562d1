using Azure.Storage.Queues.Models;
using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Storage;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using LangSon.Notify.Core.Privacy;

namespace LangSon.Notify.Functions;

/// <summary>One queue message per delivery, or several of one notice; the host retries a throw until host.json's maxDequeueCount, then moves it to the poison queue.</summary>
internal sealed partial class DeliveryFunctions(
    IDeliveryHandler delivery,
    NotifyStorage storage,
    IOptions<FunctionsRetryOptions> options,
    ILogger<DeliveryFunctions> logger)
{
    /// <summary>The longest a storage queue message can stay invisible.</summary>
    private static readonly TimeSpan MaxVisibilityDelay = TimeSpan.FromDays(7);

    [Function("SendDelivery")]
    public async Task SendAsync(
        [QueueTrigger(StorageNames.DeliveriesQueue, Connection = TriggerNames.Connection)] QueueMessage message,
        CancellationToken cancellationToken)
    {
        // The host would retry a transient failure after host.json's fixed visibilityTimeout, and count it against
        // maxDequeueCount: enqueue that delivery alone, hidden for the backoff (or the provider's Retry-After), and go on.
        await DeliveryPackHandler.HandleAllAsync(delivery, StorageDeliveryQueue.DeserializeAll(message.MessageText), message.DequeueCount, async (payload, ex) =>
        {
            var wait = RetryBackoff.Delay(ex, options.Value.FirstRetryDelay, options.Value.MaxRetryDelay);
            var delay = wait < MaxVisibilityDelay ? wait : MaxVisibilityDelay;
            await storage.DeliveriesQueue.SendMessageAsync(StorageDeliveryQueue.Serialize(payload), visibilityTimeout: delay, cancellationToken: cancellationToken).ConfigureAwait(false);
            LogDeferred(payload.DeliveryId, delay, PersonalData.Mask(ex.Reason));
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

    [LoggerMessage(EventId = 5402, Level = LogLevel.Information, Message = "Delivery {DeliveryId} deferred by {Delay}: {Reason}")]
    private partial void LogDeferred(string deliveryId, TimeSpan delay, string reason);
}
