using System.Text.Json;
using LangSon.Notify.Core.Storage;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>The Azure Storage queue transport. Storage queues have no batch send, so messages go out concurrently.</summary>
internal sealed class StorageDeliveryQueue(NotifyStorage storage, IOptions<DispatchOptions> options) : IDeliveryQueue
{
    public async Task EnqueueAsync(IReadOnlyList<DeliveryMessage> messages, CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(
            messages,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.EnqueueParallelism, CancellationToken = cancellationToken },
            async (message, ct) => await storage.DeliveriesQueue.SendMessageAsync(Serialize(message), ct).ConfigureAwait(false)).ConfigureAwait(false);
    }

    public static string Serialize(DeliveryMessage message) => JsonSerializer.Serialize(message);

    /// <summary>Reads a queue payload; throws <see cref="InvalidDataException"/> naming the problem when it is not a delivery message.</summary>
    public static DeliveryMessage Deserialize(string payload)
    {
        DeliveryMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<DeliveryMessage>(payload);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Queue message is not a delivery message: {ex.Message}", ex);
        }

        if (message is null || string.IsNullOrEmpty(message.NoticeId) || string.IsNullOrEmpty(message.DeliveryId))
        {
            throw new InvalidDataException("Queue message lacks NoticeId or DeliveryId.");
        }

        return message;
    }
}
