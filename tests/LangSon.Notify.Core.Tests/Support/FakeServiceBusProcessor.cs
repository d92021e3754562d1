using Azure.Messaging.ServiceBus;

namespace LangSon.Notify.Core.Tests.Support;

/// <summary>A processor that receives nothing by itself; a test hands it messages through the handler the consumer registered.</summary>
internal sealed class FakeServiceBusProcessor : ServiceBusProcessor
{
    public bool Started { get; private set; }

    public bool Stopped { get; private set; }

    public override Task StartProcessingAsync(CancellationToken cancellationToken = default)
    {
        Started = true;
        return Task.CompletedTask;
    }

    public override Task StopProcessingAsync(CancellationToken cancellationToken = default)
    {
        Stopped = true;
        return Task.CompletedTask;
    }

    public Task DeliverAsync(ProcessMessageEventArgs args) => OnProcessMessageAsync(args);
}
