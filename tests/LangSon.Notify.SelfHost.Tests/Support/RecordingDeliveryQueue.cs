using LangSon.Notify.Core.Dispatch;

namespace LangSon.Notify.SelfHost.Tests.Support;

/// <summary>Keeps what was enqueued instead of sending it to a queue.</summary>
internal sealed class RecordingDeliveryQueue : IDeliveryQueue
{
    public List<DeliveryMessage> Messages { get; } = [];

    public Task EnqueueAsync(IReadOnlyList<DeliveryMessage> messages, CancellationToken cancellationToken)
    {
        lock (Messages)
        {
            Messages.AddRange(messages);
        }

        return Task.CompletedTask;
    }
}
