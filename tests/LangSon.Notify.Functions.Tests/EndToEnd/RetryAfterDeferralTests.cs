using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Functions.Tests.Support;
using LangSon.Notify.SelfHost.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Functions.Tests.EndToEnd;

/// <summary>A transient failure is tried again after backoff or the provider's Retry-After, not host.json's fixed visibility timeout.</summary>
public sealed class RetryAfterDeferralTests
{
    private const string Text = """{"NoticeId":"TB-1","DeliveryId":"TB-1.so-tai-chinh.email"}""";

    [Theory]
    [InlineData(600, 1)] // SendGrid or Twilio 429 with Retry-After: 600
    [InlineData(null, 3)] // SMTP 451 on the third attempt: 2 s × 2²
    public async Task SendAsync_TransientFailure_CompletesAndRequeuesHiddenForTheWait(int? retryAfterSeconds, int attempt)
    {
        await using var emulators = await Emulators.StartAsync();
        var storage = new NotifyStorage(Options.Create(new StorageOptions { ConnectionString = emulators.ConnectionString }));
        await storage.EnsureCreatedAsync(CancellationToken.None);
        var retryAfter = retryAfterSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        var handler = new RecordingDeliveryHandler { FailWith = new TransientDeliveryException("TB-1.so-tai-chinh.email", "busy", retryAfter, attempt) };

        await Functions(handler, storage).SendAsync(QueuesModelFactory.QueueMessage("m-1", "p-1", Text, 1), CancellationToken.None);

        var queue = new QueueClient(emulators.ConnectionString, StorageNames.DeliveriesQueue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        Assert.Equal(1, (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        Assert.Empty((await queue.ReceiveMessagesAsync(1)).Value);
    }

    [Fact]
    public async Task SendAsync_UnexpectedError_ThrowsForTheHostsRetryAndPoisonCount()
    {
        var handler = new RecordingDeliveryHandler { FailWith = new InvalidOperationException("table unavailable") };
        var storage = new NotifyStorage(Options.Create(new StorageOptions { ConnectionString = "UseDevelopmentStorage=true" }));

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Functions(handler, storage).SendAsync(QueuesModelFactory.QueueMessage("m-1", "p-1", Text, 1), CancellationToken.None));
    }

    [Theory]
    [InlineData(null, 0, 2)]
    [InlineData(null, 1, 2)]
    [InlineData(null, 4, 16)]
    [InlineData(null, 12, 300)]
    [InlineData(45, 12, 45)]
    [InlineData(3600, 1, 300)] // a Retry-After longer than the cap waits the cap
    public void Delay_TransientFailure_RetryAfterElseDoublingUpToTheCap(int? retryAfterSeconds, int attempt, int expectedSeconds)
    {
        var failure = new TransientDeliveryException("d", "r", retryAfterSeconds is { } s ? TimeSpan.FromSeconds(s) : null, attempt);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), new RetryBackoffOptions().Backoff.Delay(failure));
    }

    private static DeliveryFunctions Functions(RecordingDeliveryHandler handler, NotifyStorage storage) =>
        new(handler, new StorageDeliveryDeferral(storage, Options.Create(new RetryBackoffOptions()), NullLogger<StorageDeliveryDeferral>.Instance));
}
