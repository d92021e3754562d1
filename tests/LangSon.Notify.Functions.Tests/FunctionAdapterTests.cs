using System.Text;
using Azure.Storage.Queues.Models;
using LangSon.Notify.Core.Channels.Pause;
using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Functions.Tests.Support;
using LangSon.Notify.SelfHost.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LangSon.Notify.Functions.Tests;

public sealed class FunctionAdapterTests
{
    private readonly RecordingIngestHandler ingest = new();
    private readonly RecordingDeliveryHandler delivery = new();

    [Fact]
    public async Task IngestAsync_UploadedNotice_HandsNameAndContentToTheIngestHandler()
    {
        var content = Encoding.UTF8.GetBytes("UỶ BAN NHÂN DÂN TỈNH LẠNG SƠN");
        await using var emulators = await Emulators.StartAsync();
        var container = new Azure.Storage.Blobs.BlobServiceClient(emulators.ConnectionString).GetBlobContainerClient(StorageNames.NoticesContainer);
        await container.CreateIfNotExistsAsync();
        var blob = container.GetBlobClient("2026/TB-123-UBND.pdf");
        await blob.UploadAsync(new BinaryData(content));

        await new NoticeFunctions(ingest).IngestAsync(blob, "2026/TB-123-UBND.pdf", CancellationToken.None);

        var (name, bytes) = Assert.Single(ingest.Ingested);
        Assert.Equal("2026/TB-123-UBND.pdf", name);
        Assert.Equal(content, bytes);
    }

    [Fact]
    public async Task SendAsync_QueueMessage_HandsDeliveryAndDequeueCountToTheHandler()
    {
        var message = Queued("""{"NoticeId":"TB-123","DeliveryId":"TB-123.so-tai-chinh.email"}""", dequeueCount: 3);

        await Functions().SendAsync(message, CancellationToken.None);

        Assert.Equal([(new DeliveryMessage("TB-123", "TB-123.so-tai-chinh.email"), 3L)], delivery.Handled);
    }

    [Fact]
    public async Task SendAsync_NotADeliveryMessage_ThrowsNamingTheProblem()
    {
        var error = await Assert.ThrowsAsync<InvalidDataException>(() =>
            Functions().SendAsync(Queued("hello", 1), CancellationToken.None));

        Assert.StartsWith("Queue message is not a delivery message", error.Message, StringComparison.Ordinal);
        Assert.Empty(delivery.Handled);
    }

    [Fact]
    public async Task FailPoisonAsync_PoisonMessage_MarksTheDeliveryFailedWithTheReason()
    {
        var message = Queued("""{"NoticeId":"TB-123","DeliveryId":"TB-123.so-tai-chinh.sms"}""", dequeueCount: 1);

        await Functions().FailPoisonAsync(message, CancellationToken.None);

        var (poisoned, reason) = Assert.Single(delivery.Poisoned);
        Assert.Equal(new DeliveryMessage("TB-123", "TB-123.so-tai-chinh.sms"), poisoned);
        Assert.Equal("the host gave up after maxDequeueCount attempts (host.json) and moved the message to deliveries-poison", reason);
    }

    [Fact]
    public async Task Health_Get_OkWithTheTimeThen503NamingThePausedChannel()
    {
        await using var emulators = await Emulators.StartAsync();
        var storage = new NotifyStorage(Options.Create(new StorageOptions { ConnectionString = emulators.ConnectionString }));
        await storage.EnsureCreatedAsync(CancellationToken.None);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 3, 0, 0, TimeSpan.Zero));
        var pauses = new ChannelPauseStore(storage, Options.Create(new ChannelPauseOptions { CacheFor = TimeSpan.Zero }), time, NullLogger<ChannelPauseStore>.Instance);
        var health = new HealthFunction(pauses, time);

        var ok = Assert.IsType<OkObjectResult>(await health.HealthAsync(new DefaultHttpContext().Request, CancellationToken.None));
        await pauses.PauseAsync("sms", "Twilio 401 error 20003: Authenticate", ChannelPauseSources.Provider, CancellationToken.None);
        var paused = Assert.IsType<ObjectResult>(await health.HealthAsync(new DefaultHttpContext().Request, CancellationToken.None));

        Assert.Equal("""{"status":"ok","time":"2026-11-26T03:00:00+00:00"}""", System.Text.Json.JsonSerializer.Serialize(ok.Value));
        Assert.Equal(503, paused.StatusCode);
        Assert.Equal(
            """{"status":"paused","time":"2026-11-26T03:00:00+00:00","pausedChannels":[{"channel":"sms","reason":"Twilio 401 error 20003: Authenticate","source":"provider","pausedAt":"2026-11-26T03:00:00+00:00","probeAt":"2026-11-26T03:05:00+00:00"}]}""",
            System.Text.Json.JsonSerializer.Serialize(paused.Value));
    }

    /// <summary>Storage is only touched when a provider asks for a delay; these cases never reach it.</summary>
    private DeliveryFunctions Functions() => new(
        delivery,
        new StorageDeliveryDeferral(
            new NotifyStorage(Options.Create(new StorageOptions { ConnectionString = "UseDevelopmentStorage=true" })),
            Options.Create(new RetryBackoffOptions()),
            NullLogger<StorageDeliveryDeferral>.Instance));

    private static QueueMessage Queued(string text, long dequeueCount) =>
        QueuesModelFactory.QueueMessage("id-1", "pop-1", text, dequeueCount);
}
