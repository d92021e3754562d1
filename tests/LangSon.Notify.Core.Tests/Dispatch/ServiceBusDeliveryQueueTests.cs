using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace LangSon.Notify.Core.Tests.Dispatch;

public sealed class ServiceBusDeliveryQueueTests
{
    [Fact]
    public async Task EnqueueAsync_MoreThanOneBatchOfDeliveries_SendsEachOnceInFullBatches()
    {
        var sender = new RecordingServiceBusSender(batchCapacity: 2);
        var deliveries = Enumerable.Range(1, 5).Select(i => new DeliveryMessage("TB-123-UBND-2026", $"TB-123-UBND-2026.agency-{i}.email")).ToList();

        await new ServiceBusDeliveryQueue(sender, NullLogger<ServiceBusDeliveryQueue>.Instance).EnqueueAsync(deliveries, CancellationToken.None);

        Assert.Equal([2, 2, 1], sender.SentBatches.Select(b => b.Count).Order().Reverse());
        var sent = sender.SentBatches.SelectMany(b => b).OrderBy(m => m.MessageId, StringComparer.Ordinal).ToList();
        Assert.Equal(deliveries.Select(d => d.DeliveryId), sent.Select(m => m.MessageId));
        Assert.All(sent, m => Assert.Equal("TB-123-UBND-2026", m.CorrelationId));
        Assert.Equal(deliveries, sent.Select(m => StorageDeliveryQueue.Deserialize(m.Body.ToString())));
    }

    [Fact]
    public async Task EnqueueAsync_MessageThatFitsNoBatch_ThrowsNamingTheDelivery()
    {
        var sender = new RecordingServiceBusSender(batchCapacity: 0);
        var queue = new ServiceBusDeliveryQueue(sender, NullLogger<ServiceBusDeliveryQueue>.Instance);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            queue.EnqueueAsync([new DeliveryMessage("TB-1", "TB-1.so-tai-chinh.email")], CancellationToken.None));

        Assert.Contains("TB-1.so-tai-chinh.email", error.Message, StringComparison.Ordinal);
        Assert.Empty(sender.SentBatches);
    }

    [Fact]
    public async Task EnqueueAsync_NoDeliveries_SendsNothing()
    {
        var sender = new RecordingServiceBusSender(batchCapacity: 10);

        await new ServiceBusDeliveryQueue(sender, NullLogger<ServiceBusDeliveryQueue>.Instance).EnqueueAsync([], CancellationToken.None);

        Assert.Empty(sender.SentBatches);
    }
}
