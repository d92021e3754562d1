using Azure.Messaging.ServiceBus;

namespace LangSon.Notify.Core.Tests.Support;

/// <summary>A ServiceBusSender whose batches hold at most <paramref name="batchCapacity"/> messages, recording what was sent.</summary>
internal sealed class RecordingServiceBusSender(int batchCapacity) : ServiceBusSender
{
    private readonly Dictionary<ServiceBusMessageBatch, List<ServiceBusMessage>> stores = new(ReferenceEqualityComparer.Instance);

    public List<IReadOnlyList<ServiceBusMessage>> SentBatches { get; } = [];

    public List<(ServiceBusMessage Message, DateTimeOffset EnqueueAt)> Scheduled { get; } = [];

    public override string EntityPath => "deliveries";

    public override ValueTask<ServiceBusMessageBatch> CreateMessageBatchAsync(CancellationToken cancellationToken = default)
    {
        var store = new List<ServiceBusMessage>();
        var batch = ServiceBusModelFactory.ServiceBusMessageBatch(
            batchSizeBytes: 256 * 1024,
            batchMessageStore: store,
            batchOptions: new CreateMessageBatchOptions { MaxSizeInBytes = 256 * 1024 },
            tryAddCallback: _ => store.Count < batchCapacity);
        lock (stores)
        {
            stores.Add(batch, store);
        }

        return ValueTask.FromResult(batch);
    }

    public override Task<long> ScheduleMessageAsync(ServiceBusMessage message, DateTimeOffset scheduledEnqueueTime, CancellationToken cancellationToken = default)
    {
        Scheduled.Add((message, scheduledEnqueueTime));
        return Task.FromResult((long)Scheduled.Count);
    }

    public override Task SendMessagesAsync(ServiceBusMessageBatch messageBatch, CancellationToken cancellationToken = default)
    {
        lock (stores)
        {
            SentBatches.Add(stores[messageBatch]);
        }

        return Task.CompletedTask;
    }
}
