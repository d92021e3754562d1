namespace LangSon.Notify.Core.Dispatch;

/// <summary>The per-recipient transport: Azure Storage queue, or Service Bus when configured.</summary>
public interface IDeliveryQueue
{
    /// <summary>Enqueues in parallel batches; returns when every message is accepted.</summary>
    Task EnqueueAsync(IReadOnlyList<DeliveryMessage> messages, CancellationToken cancellationToken);
}
