using LangSon.Notify.Core.Dispatch;

namespace LangSon.Notify.Core.Tests.Support;

/// <summary>Records what it is asked to handle and fails the deliveries it was told to.</summary>
internal sealed class ScriptedDeliveryHandler : IDeliveryHandler
{
    public Dictionary<string, Exception> Failing { get; } = [];

    public List<string> Handled { get; } = [];

    public List<string> Poisoned { get; } = [];

    public Task HandleAsync(DeliveryMessage message, long dequeueCount, CancellationToken cancellationToken)
    {
        Handled.Add(message.DeliveryId);
        return Failing.TryGetValue(message.DeliveryId, out var error) ? Task.FromException(error) : Task.CompletedTask;
    }

    public Task HandlePoisonAsync(DeliveryMessage message, string reason, CancellationToken cancellationToken)
    {
        Poisoned.Add($"{message.DeliveryId}: {reason}");
        return Task.CompletedTask;
    }
}
