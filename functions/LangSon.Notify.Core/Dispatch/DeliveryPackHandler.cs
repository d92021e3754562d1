using System.Runtime.ExceptionServices;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>
/// Runs the handler over every delivery a queue message carries, one after the other, so each claim is taken just
/// before its send. A failure does not stop the others; the first is rethrown at the end so the message is retried
/// (deliveries already final are then no-ops), unless the host defers transient failures one by one.
/// </summary>
public static class DeliveryPackHandler
{
    public static async Task HandleAllAsync(
        IDeliveryHandler handler,
        IReadOnlyList<DeliveryMessage> deliveries,
        long dequeueCount,
        Func<DeliveryMessage, TransientDeliveryException, Task>? deferTransient,
        CancellationToken cancellationToken)
    {
        ExceptionDispatchInfo? first = null;
        foreach (var delivery in deliveries)
        {
            try
            {
                await handler.HandleAsync(delivery, dequeueCount, cancellationToken).ConfigureAwait(false);
            }
            catch (TransientDeliveryException ex) when (deferTransient is not null)
            {
                await deferTransient(delivery, ex).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                first ??= ExceptionDispatchInfo.Capture(ex);
            }
        }

        first?.Throw();
    }

    /// <summary>Fails, as poison, every delivery of the message that is not final yet.</summary>
    public static async Task HandlePoisonAsync(IDeliveryHandler handler, IReadOnlyList<DeliveryMessage> deliveries, string reason, CancellationToken cancellationToken)
    {
        foreach (var delivery in deliveries)
        {
            await handler.HandlePoisonAsync(delivery, reason, cancellationToken).ConfigureAwait(false);
        }
    }
}
