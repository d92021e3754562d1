using LangSon.Notify.Core.Dispatch;

namespace LangSon.Notify.SelfHost.Tests.Support;

/// <summary>The real storage queue, except that the next batch stops after a set number of messages, as if the process died mid-enqueue.</summary>
internal sealed class CrashingDeliveryQueue(IDeliveryQueue inner) : IDeliveryQueue
{
    /// <summary>Messages the next batch sends before it fails; null sends everything.</summary>
    public int? CrashAfter { get; set; }

    public async Task EnqueueAsync(IReadOnlyList<DeliveryMessage> messages, CancellationToken cancellationToken)
    {
        if (CrashAfter is not { } sent)
        {
            await inner.EnqueueAsync(messages, cancellationToken);
            return;
        }

        CrashAfter = null;
        await inner.EnqueueAsync(messages.Take(sent).ToList(), cancellationToken);
        throw new IOException($"simulated crash after {sent} of {messages.Count} messages were queued");
    }
}
