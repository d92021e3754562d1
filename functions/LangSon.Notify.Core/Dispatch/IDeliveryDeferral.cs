namespace LangSon.Notify.Core.Dispatch;

/// <summary>
/// What a storage-queue trigger does with a <see cref="TransientDeliveryException"/>: enqueue a copy of the message
/// hidden for the backoff and let the original complete, so waiting (a rate limit, a paused channel) never counts
/// towards the queue's dequeue limit. Both hosts' triggers use it.
/// </summary>
public interface IDeliveryDeferral
{
    /// <returns>How long the copy stays hidden.</returns>
    Task<TimeSpan> DeferAsync(string messageText, TransientDeliveryException failure, CancellationToken cancellationToken);
}
