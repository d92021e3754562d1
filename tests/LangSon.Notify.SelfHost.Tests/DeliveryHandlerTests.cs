using System.Diagnostics;
using System.Diagnostics.Metrics;
using LangSon.Notify.Core.Channels;
using LangSon.Notify.Core.Channels.Email;
using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Core.Telemetry;
using LangSon.Notify.SelfHost.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace LangSon.Notify.SelfHost.Tests;

/// <summary>The delivery handler's claim and final states against Azurite, in process.</summary>
public sealed class DeliveryHandlerTests : IAsyncLifetime
{
    private Emulators _emulators = null!;
    private ServiceProvider _services = null!;
    private readonly CountingEmailSender _email = new();

    public async Task InitializeAsync()
    {
        _emulators = await Emulators.StartAsync();
        _services = await InProcessDispatch.StartAsync(_emulators, services => services.AddSingleton<IEmailSender>(_email));
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _emulators.DisposeAsync();
    }

    [Fact]
    public async Task HandleAsync_TwoWorkersSameMessage_SentOnce()
    {
        var message = await SeedDeliveryAsync();
        var handler = _services.GetRequiredService<IDeliveryHandler>();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            try
            {
                await handler.HandleAsync(message, 1, CancellationToken.None);
                return "done";
            }
            catch (TransientDeliveryException)
            {
                return "busy";
            }
        }));

        Assert.Single(_email.Sent);
        Assert.Equal("sent", (await Row(message)).Status);
        Assert.Contains("done", outcomes);
    }

    [Fact]
    public async Task HandleAsync_AlreadySent_DoesNothing()
    {
        var message = await SeedDeliveryAsync();
        var handler = _services.GetRequiredService<IDeliveryHandler>();
        await handler.HandleAsync(message, 1, CancellationToken.None);

        await handler.HandleAsync(message, 2, CancellationToken.None);

        Assert.Single(_email.Sent);
        Assert.Equal(1, (await Row(message)).Attempts);
    }

    [Fact]
    public async Task HandleAsync_Transient_ReleasedForRetryWithReason()
    {
        var message = await SeedDeliveryAsync();
        _email.Outcome = SendOutcome.Transient("451 4.7.1 greylisted");

        await Assert.ThrowsAsync<TransientDeliveryException>(() => _services.GetRequiredService<IDeliveryHandler>().HandleAsync(message, 1, CancellationToken.None));

        var row = await Row(message);
        Assert.Equal("queued", row.Status);
        Assert.Equal("attempt 1: 451 4.7.1 greylisted", row.Reason);
        Assert.Null(row.ClaimedBy);
    }

    [Fact]
    public async Task HandlePoisonAsync_UnfinishedDelivery_FailedAndVisible()
    {
        var message = await SeedDeliveryAsync();

        await _services.GetRequiredService<IDeliveryHandler>().HandlePoisonAsync(message, "moved to the poison queue", CancellationToken.None);

        var row = await Row(message);
        Assert.Equal("failed", row.Status);
        Assert.Equal("moved to the poison queue", row.Reason);
        Assert.NotNull(row.FailedAt);
        Assert.Empty(_email.Sent);
    }

    [Fact]
    public async Task HandleAsync_MessageCarriesTraceParent_SendSpanJoinsTheNoticesTrace()
    {
        var spans = new List<Activity>();
        using var tracing = Sdk.CreateTracerProviderBuilder().AddSource(NotifyTelemetry.Name).AddInMemoryExporter(spans).Build();
        var message = await SeedDeliveryAsync() with { TraceParent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01" };

        await _services.GetRequiredService<IDeliveryHandler>().HandleAsync(message, 1, CancellationToken.None);
        tracing.ForceFlush();

        var span = Assert.Single(spans, s => (string?)s.GetTagItem("notify.delivery_id") == message.DeliveryId);
        Assert.Equal("delivery.send", span.OperationName);
        Assert.Equal("4bf92f3577b34da6a3ce929d0e0e4736", span.TraceId.ToHexString());
        Assert.Equal("00f067aa0ba902b7", span.ParentSpanId.ToHexString());
        Assert.Equal("sent", span.GetTagItem("notify.outcome"));
        Assert.Equal("email", span.GetTagItem("notify.channel"));
    }

    [Fact]
    public async Task HandleAsync_Transient_CountedAsRetryAndSpanMarkedWithoutTheAddress()
    {
        var spans = new List<Activity>();
        using var tracing = Sdk.CreateTracerProviderBuilder().AddSource(NotifyTelemetry.Name).AddInMemoryExporter(spans).Build();
        var counted = new List<(long Value, string? Status, string? Channel)>();
        using var meters = new MeterListener();
        meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == NotifyTelemetry.Name && instrument.Name == "notify.deliveries")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        meters.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            lock (counted)
            {
                counted.Add((value, Tag(tags, "status"), Tag(tags, "channel")));
            }
        });
        meters.Start();
        var message = await SeedDeliveryAsync();
        _email.Outcome = SendOutcome.Transient("450 4.2.1 <so-khdt@langson.example> busy");

        await Assert.ThrowsAsync<TransientDeliveryException>(() => _services.GetRequiredService<IDeliveryHandler>().HandleAsync(message, 1, CancellationToken.None));
        tracing.ForceFlush();

        Assert.Contains((1L, "retry", "email"), counted);
        var span = Assert.Single(spans, s => (string?)s.GetTagItem("notify.delivery_id") == message.DeliveryId);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("450 4.2.1 <s***@langson.example> busy", span.StatusDescription);
    }

    private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string key)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == key)
            {
                return tag.Value as string;
            }
        }

        return null;
    }

    private async Task<DeliveryMessage> SeedDeliveryAsync()
    {
        var storage = _services.GetRequiredService<NotifyStorage>();
        var noticeId = Guid.NewGuid().ToString("N");
        await storage.Notices.GetBlobClient("tb.txt").UploadAsync(new BinaryData("Thông báo"u8.ToArray()), overwrite: true);
        var recipient = new PlanRecipient("so-khdt", "Sở Kế hoạch và Đầu tư", [new PlanExcerpt("1.", "Sở Kế hoạch và Đầu tư chủ trì", "lead", "lead", "chủ trì")]);
        await _services.GetRequiredService<DispatchPlanStore>().SaveAsync(
            new DispatchPlan(noticeId, "tb.txt", "text", 12, new PlanDocument("Thông báo", "1/TB-UBND", "TB-UBND", "Thử", null, null, null, null), [recipient]),
            CancellationToken.None);
        var row = new DeliveryRecord
        {
            PartitionKey = noticeId,
            RowKey = NoticeIds.ForDelivery(noticeId, "so-khdt", "email"),
            EntryId = "so-khdt",
            AgencyName = recipient.Name,
            Channel = "email",
            Address = "so-khdt@langson.example",
            CreatedAt = DateTimeOffset.UtcNow,
        };
        await _services.GetRequiredService<DeliveryStore>().AddMissingAsync(noticeId, [row], CancellationToken.None);
        return new DeliveryMessage(noticeId, row.RowKey);
    }

    private async Task<DeliveryRecord> Row(DeliveryMessage message) =>
        (await _services.GetRequiredService<DeliveryStore>().GetAsync(message.NoticeId, message.DeliveryId, CancellationToken.None))!;
}
