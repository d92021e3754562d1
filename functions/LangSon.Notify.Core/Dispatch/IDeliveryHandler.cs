namespace LangSon.Notify.Core.Dispatch;

/// <summary>Sends one delivery. Both hosts call it from their queue trigger.</summary>
public interface IDeliveryHandler
{
    /// <summary>Does nothing when the delivery is already final. Throws to ask the transport for a retry.</summary>
    Task HandleAsync(DeliveryMessage message, long dequeueCount, CancellationToken cancellationToken);

    /// <summary>Marks a message the transport gave up on as a visible failed delivery.</summary>
    Task HandlePoisonAsync(DeliveryMessage message, string reason, CancellationToken cancellationToken);
}
