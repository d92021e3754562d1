namespace LangSon.Notify.Core.Dispatch;

/// <summary>Thrown by the delivery handler to ask the transport to deliver the message again later, with backoff.</summary>
/// <param name="retryAfter">How long the provider asked us to wait (a 429's Retry-After); null leaves the transport's own backoff.</param>
/// <param name="attempt">The delivery's attempt that failed (the row's count), for the transport's backoff; 0 when unknown.</param>
public sealed class TransientDeliveryException(string deliveryId, string reason, TimeSpan? retryAfter = null, int attempt = 0)
    : Exception($"Delivery {deliveryId} will be retried: {reason}")
{
    public string DeliveryId { get; } = deliveryId;

    public string Reason { get; } = reason;

    public TimeSpan? RetryAfter { get; } = retryAfter;

    public int Attempt { get; } = attempt;
}
