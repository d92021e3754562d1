using LangSon.Notify.Core.Dispatch;

namespace LangSon.Notify.Core.Tests.Support;

/// <summary>Records what a transport asked of the delivery handler; throws when told to, as a failed send does.</summary>
internal sealed class RecordingDeliveryHandler : IDeliveryHandler
{
    public Exception? FailWith { get; set; }

    public Exception? FailPoisonWith { get; set; }

    public List<(DeliveryMessage Message, long DequeueCount)> Handled { get; } = [];

    public List<(DeliveryMessage Message, string Reason)> Poisoned { get; } = [];

    public Task HandleAsync(DeliveryMessage message, long dequeueCount, CancellationToken cancellationToken)
    {
        Handled.Add((message, dequeueCount));
        return FailWith is null ? Task.CompletedTask : Task.FromException(FailWith);
    }

    public Task HandlePoisonAsync(DeliveryMessage message, string reason, CancellationToken cancellationToken)
    {
        Poisoned.Add((message, reason));
        return FailPoisonWith is null ? Task.CompletedTask : Task.FromException(FailPoisonWith);
    }
}
