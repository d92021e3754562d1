using Azure.Messaging.ServiceBus;

namespace LangSon.Notify.Core.Tests.Support;

/// <summary>The settlement calls a processor handler makes, recorded instead of sent to a broker.</summary>
internal sealed class RecordingProcessMessageEventArgs(ServiceBusReceivedMessage message, CancellationToken cancellationToken = default)
    : ProcessMessageEventArgs(message, receiver: null!, cancellationToken)
{
    public List<string> Settlements { get; } = [];

    public string? DeadLetterReason { get; private set; }

    public string? DeadLetterDescription { get; private set; }

    public override Task CompleteMessageAsync(ServiceBusReceivedMessage message, CancellationToken cancellationToken = default)
    {
        Settlements.Add("complete");
        return Task.CompletedTask;
    }

    public override Task AbandonMessageAsync(ServiceBusReceivedMessage message, IDictionary<string, object>? propertiesToModify = null, CancellationToken cancellationToken = default)
    {
        Settlements.Add("abandon");
        return Task.CompletedTask;
    }

    public override Task DeadLetterMessageAsync(ServiceBusReceivedMessage message, string deadLetterReason, string? deadLetterErrorDescription = null, CancellationToken cancellationToken = default)
    {
        Settlements.Add("dead-letter");
        DeadLetterReason = deadLetterReason;
        DeadLetterDescription = deadLetterErrorDescription;
        return Task.CompletedTask;
    }
}
