using Azure.Messaging.ServiceBus;
using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LangSon.Notify.Core.Tests.Dispatch;

public sealed class ServiceBusDeliveryConsumerTests
{
    private static readonly DeliveryMessage Delivery = new("TB-123-UBND-2026", "TB-123-UBND-2026.so-tai-chinh.email");
    private readonly RecordingDeliveryHandler handler = new();
    private readonly FakeServiceBusProcessor processor = new();
    private readonly RecordingServiceBusSender sender = new(batchCapacity: 10);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 26, 3, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task ProcessMessageAsync_Handled_CompletesAndPassesTheDeliveryCount()
    {
        var args = Received(deliveryCount: 2);

        await Consumer().ProcessMessageAsync(args);

        Assert.Equal(["complete"], args.Settlements);
        Assert.Equal([(Delivery, 2L)], handler.Handled);
        Assert.Empty(handler.Poisoned);
    }

    [Fact]
    public async Task ProcessMessageAsync_HandlerThrowsBeforeLastAttempt_AbandonsForRetry()
    {
        handler.FailWith = new InvalidOperationException("SMTP down");
        var args = Received(deliveryCount: 4);

        await Consumer().ProcessMessageAsync(args);

        Assert.Equal(["abandon"], args.Settlements);
        Assert.Empty(handler.Poisoned);
    }

    [Fact]
    public async Task ProcessMessageAsync_ProviderAskedToWait_SchedulesACopyThenAndCompletes()
    {
        handler.FailWith = new TransientDeliveryException(Delivery.DeliveryId, "SendGrid 429", TimeSpan.FromSeconds(90));
        var args = Received(deliveryCount: 2);

        await Consumer().ProcessMessageAsync(args);

        Assert.Equal(["complete"], args.Settlements);
        var (copy, at) = Assert.Single(sender.Scheduled);
        Assert.Equal(time.GetUtcNow().AddSeconds(90), at);
        Assert.Equal(Delivery, StorageDeliveryQueue.Deserialize(copy.Body.ToString()));
        Assert.NotEqual(Delivery.DeliveryId, copy.MessageId);
        Assert.StartsWith(Delivery.DeliveryId, copy.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessMessageAsync_TransientFailureOnThirdAttempt_SchedulesACopyAfterBackoff()
    {
        handler.FailWith = new TransientDeliveryException(Delivery.DeliveryId, "SMTP 451", attempt: 3);
        var args = Received(deliveryCount: 1);

        await Consumer().ProcessMessageAsync(args);

        Assert.Equal(["complete"], args.Settlements);
        Assert.Equal(time.GetUtcNow().AddSeconds(8), Assert.Single(sender.Scheduled).EnqueueAt);
        Assert.Empty(handler.Poisoned);
    }

    [Fact]
    public async Task ProcessMessageAsync_HandlerThrowsOnLastAttempt_MarksFailedAndDeadLetters()
    {
        handler.FailWith = new InvalidOperationException("SMTP down");
        var args = Received(deliveryCount: 5);

        await Consumer().ProcessMessageAsync(args);

        Assert.Equal(["dead-letter"], args.Settlements);
        Assert.Equal(ServiceBusDeliveryConsumer.MaxDeliveryCountExceeded, args.DeadLetterReason);
        var poisoned = Assert.Single(handler.Poisoned);
        Assert.Equal(Delivery, poisoned.Message);
        Assert.Equal("gave up after 5 attempts: SMTP down", poisoned.Reason);
        Assert.Equal(poisoned.Reason, args.DeadLetterDescription);
    }

    [Fact]
    public async Task ProcessMessageAsync_DeliveredMoreTimesThanAllowed_MarksFailedWithoutSending()
    {
        var args = Received(deliveryCount: 6);

        await Consumer().ProcessMessageAsync(args);

        Assert.Empty(handler.Handled);
        Assert.Single(handler.Poisoned);
        Assert.Equal(["dead-letter"], args.Settlements);
    }

    [Fact]
    public async Task ProcessMessageAsync_MarkingFailedThrows_AbandonsInsteadOfDeadLettering()
    {
        handler.FailWith = new InvalidOperationException("SMTP down");
        handler.FailPoisonWith = new InvalidOperationException("table unavailable");
        var args = Received(deliveryCount: 5);

        await Consumer().ProcessMessageAsync(args);

        Assert.Equal(["abandon"], args.Settlements);
    }

    [Fact]
    public async Task ProcessMessageAsync_NotADeliveryMessage_DeadLettersNamingTheProblem()
    {
        var args = new RecordingProcessMessageEventArgs(ServiceBusModelFactory.ServiceBusReceivedMessage(
            body: BinaryData.FromString("{\"NoticeId\":\"TB-1\"}"), messageId: "m-1", deliveryCount: 1));

        await Consumer().ProcessMessageAsync(args);

        Assert.Equal(["dead-letter"], args.Settlements);
        Assert.Equal(ServiceBusDeliveryConsumer.UnreadableMessage, args.DeadLetterReason);
        Assert.Contains("lacks NoticeId or DeliveryId", args.DeadLetterDescription, StringComparison.Ordinal);
        Assert.Empty(handler.Handled);
    }

    [Fact]
    public async Task StartAsync_MessageArrives_ProcessorRoutesItToTheHandler()
    {
        var consumer = Consumer();
        await consumer.StartAsync(CancellationToken.None);
        var args = Received(deliveryCount: 1);

        await processor.DeliverAsync(args);
        await consumer.StopAsync(CancellationToken.None);

        Assert.True(processor.Started);
        Assert.True(processor.Stopped);
        Assert.Equal(["complete"], args.Settlements);
        Assert.Single(handler.Handled);
    }

    private ServiceBusDeliveryConsumer Consumer() => new(
        processor,
        sender,
        handler,
        Options.Create(new ServiceBusTransportOptions { ConnectionString = "unused", MaxDeliveryCount = 5 }),
        time,
        NullLogger<ServiceBusDeliveryConsumer>.Instance);

    private static RecordingProcessMessageEventArgs Received(int deliveryCount) =>
        new(ServiceBusModelFactory.ServiceBusReceivedMessage(
            body: BinaryData.FromString(StorageDeliveryQueue.Serialize(Delivery)),
            messageId: Delivery.DeliveryId,
            deliveryCount: deliveryCount));
}
