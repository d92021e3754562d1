using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Logging;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>
/// The Service Bus transport. MessageId is the delivery id, so the queue's duplicate detection drops a delivery
/// enqueued twice (an ingest retried after a partial failure) within its detection window.
/// </summary>
internal sealed partial class ServiceBusDeliveryQueue(ServiceBusSender sender, ILogger<ServiceBusDeliveryQueue> logger) : IDeliveryQueue
{
    public async Task EnqueueAsync(IReadOnlyList<DeliveryMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);

        var pending = new Queue<ServiceBusMessage>(messages.Select(ToServiceBusMessage));
        var batches = new List<ServiceBusMessageBatch>();
        try
        {
            while (pending.Count > 0)
            {
                var batch = await sender.CreateMessageBatchAsync(cancellationToken).ConfigureAwait(false);
                batches.Add(batch);
                while (pending.Count > 0 && batch.TryAddMessage(pending.Peek()))
                {
                    pending.Dequeue();
                }

                if (batch.Count == 0)
                {
                    throw new InvalidOperationException(
                        $"Delivery {pending.Peek().MessageId} does not fit in a Service Bus message of {batch.MaxSizeInBytes} bytes.");
                }
            }

            // Batches go out together; if one fails the caller re-enqueues all, and duplicate detection drops the repeats.
            await Task.WhenAll(batches.Select(b => sender.SendMessagesAsync(b, cancellationToken))).ConfigureAwait(false);
            LogEnqueued(messages.Count, batches.Count, sender.EntityPath);
        }
        finally
        {
            foreach (var batch in batches)
            {
                batch.Dispose();
            }
        }
    }

    internal static ServiceBusMessage ToServiceBusMessage(DeliveryMessage message) =>
        // The storage queue's payload format, so both transports carry the same message.
        new(StorageDeliveryQueue.Serialize(message))
        {
            MessageId = message.DeliveryId,
            CorrelationId = message.NoticeId,
            ContentType = "application/json",
            Subject = "delivery",
        };

    [LoggerMessage(EventId = 5301, Level = LogLevel.Information, Message = "Enqueued {Count} deliveries in {Batches} Service Bus batches to {Queue}")]
    private partial void LogEnqueued(int count, int batches, string queue);
}
