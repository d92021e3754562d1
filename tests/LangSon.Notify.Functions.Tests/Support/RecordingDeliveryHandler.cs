using LangSon.Notify.Core.Dispatch;

namespace LangSon.Notify.Functions.Tests.Support;

internal sealed class RecordingDeliveryHandler : IDeliveryHandler
{
    public Exception? FailWith { get; set; }

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
        return Task.CompletedTask;
    }
}
