using System.Text.Json;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>The wire form of a <see cref="DeliveryMessage"/>, the same on every transport.</summary>
internal static class DeliveryMessageJson
{
    public static string Serialize(DeliveryMessage message) => JsonSerializer.Serialize(message);

    /// <summary>Throws <see cref="InvalidDataException"/> naming the problem when the payload is not a delivery message.</summary>
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
