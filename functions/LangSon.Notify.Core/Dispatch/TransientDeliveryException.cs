namespace LangSon.Notify.Core.Dispatch;

/// <summary>Thrown by the delivery handler to ask the transport to deliver the message again later, with backoff.</summary>
public sealed class TransientDeliveryException(string deliveryId, string reason)
    : Exception($"Delivery {deliveryId} will be retried: {reason}")
{
    public string DeliveryId { get; } = deliveryId;

    public string Reason { get; } = reason;
}
