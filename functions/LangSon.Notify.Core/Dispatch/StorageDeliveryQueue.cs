using System.Text.Json;
using LangSon.Notify.Core.Storage;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>
/// The Azure Storage queue transport. Deliveries of one notice travel up to <see cref="DispatchOptions.DeliveriesPerMessage"/>
/// to a message (<see cref="DeliveryPack"/>); a lone delivery keeps the one-delivery form. Storage queues have no
/// batch send, so messages go out concurrently.
/// </summary>
public sealed class StorageDeliveryQueue(NotifyStorage storage, IOptions<DispatchOptions> options) : IDeliveryQueue
{
    public async Task EnqueueAsync(IReadOnlyList<DeliveryMessage> messages, CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(
            Pack(messages, options.Value.DeliveriesPerMessage),
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.EnqueueParallelism, CancellationToken = cancellationToken },
            async (payload, ct) => await storage.DeliveriesQueue.SendMessageAsync(payload, ct).ConfigureAwait(false)).ConfigureAwait(false);
    }

    /// <summary>The payloads for <paramref name="messages"/>: deliveries of one notice and trace together, <paramref name="size"/> at most per payload.</summary>
    public static IEnumerable<string> Pack(IReadOnlyList<DeliveryMessage> messages, int size) =>
        messages
            .GroupBy(m => (m.NoticeId, m.TraceParent))
            .SelectMany(g => g.Chunk(size))
            .Select(chunk => chunk.Length == 1
                ? Serialize(chunk[0])
                : JsonSerializer.Serialize(new DeliveryPack(chunk[0].NoticeId, chunk.Select(m => m.DeliveryId).ToList(), chunk[0].TraceParent)));

    public static string Serialize(DeliveryMessage message) => JsonSerializer.Serialize(message);

    /// <summary>Every delivery a payload carries, whether one (<see cref="DeliveryMessage"/>) or several (<see cref="DeliveryPack"/>); throws <see cref="InvalidDataException"/> naming the problem otherwise.</summary>
    public static IReadOnlyList<DeliveryMessage> DeserializeAll(string payload)
    {
        DeliveryPack? pack;
        try
        {
            pack = JsonSerializer.Deserialize<DeliveryPack>(payload);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Queue message is not a delivery message: {ex.Message}", ex);
        }

        if (pack?.DeliveryIds is null)
        {
            return [Deserialize(payload)];
        }

        if (string.IsNullOrEmpty(pack.NoticeId) || pack.DeliveryIds.Count == 0 || pack.DeliveryIds.Any(string.IsNullOrEmpty))
        {
            throw new InvalidDataException("Queue message lacks NoticeId or has an empty DeliveryIds entry.");
        }

        return pack.DeliveryIds.Select(id => new DeliveryMessage(pack.NoticeId, id, pack.TraceParent)).ToList();
    }

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
