using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Functions.Tests.Support;
using LangSon.Notify.SelfHost.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Functions.Tests.EndToEnd;

/// <summary>A provider's Retry-After (a SendGrid or Twilio 429) decides when the delivery is tried again, not host.json.</summary>
public sealed class RetryAfterDeferralTests
{
    [Fact]
    public async Task SendAsync_ProviderAskedToWait_CompletesAndRequeuesHiddenUntilThen()
    {
        await using var emulators = await Emulators.StartAsync();
        var storage = new NotifyStorage(Options.Create(new StorageOptions { ConnectionString = emulators.ConnectionString }));
        await storage.EnsureCreatedAsync(CancellationToken.None);
        var handler = new RecordingDeliveryHandler { FailWith = new TransientDeliveryException("TB-1.so-tai-chinh.email", "SendGrid 429", TimeSpan.FromMinutes(10)) };
        var functions = new DeliveryFunctions(handler, storage, NullLogger<DeliveryFunctions>.Instance);
        const string Text = """{"NoticeId":"TB-1","DeliveryId":"TB-1.so-tai-chinh.email"}""";

        await functions.SendAsync(QueuesModelFactory.QueueMessage("m-1", "p-1", Text, 1), CancellationToken.None);

        var queue = new QueueClient(emulators.ConnectionString, StorageNames.DeliveriesQueue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        Assert.Equal(1, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        Assert.Empty((await queue.ReceiveMessagesAsync(1)).Value);
    }

    [Fact]
    public async Task SendAsync_TransientWithoutRetryAfter_ThrowsForTheHostsRetry()
    {
        var handler = new RecordingDeliveryHandler { FailWith = new TransientDeliveryException("TB-1.so-tai-chinh.email", "SMTP 451") };
        var functions = new DeliveryFunctions(
            handler,
            new NotifyStorage(Options.Create(new StorageOptions { ConnectionString = "UseDevelopmentStorage=true" })),
            NullLogger<DeliveryFunctions>.Instance);

        await Assert.ThrowsAsync<TransientDeliveryException>(() => functions.SendAsync(
            QueuesModelFactory.QueueMessage("m-1", "p-1", """{"NoticeId":"TB-1","DeliveryId":"TB-1.so-tai-chinh.email"}""", 1),
            CancellationToken.None));
    }
}
