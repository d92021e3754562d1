using System.Diagnostics.Metrics;
using LangSon.Notify.Core.Channels;
using LangSon.Notify.Core.Channels.Email;
using LangSon.Notify.Core.Channels.Pause;
using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Core.Telemetry;
using LangSon.Notify.SelfHost.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace LangSon.Notify.SelfHost.Tests;

/// <summary>A channel whose credentials are refused is paused, in the table both hosts read, and resumed by one probe.</summary>
public sealed class ChannelPauseTests : IAsyncLifetime
{
    private const string Refusal = "SendGrid 401: The provided authorization grant is invalid, expired, or revoked";
    private readonly CountingEmailSender _email = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 3, 0, 0, TimeSpan.Zero));
    private readonly RecordingLoggerProvider _logs = new();
    private Emulators _emulators = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _emulators = await Emulators.StartAsync();
        _services = await InProcessDispatch.StartAsync(_emulators, services =>
        {
            services.AddSingleton<IEmailSender>(_email);
            services.AddSingleton<TimeProvider>(_time);
            services.AddLogging(b => b.AddProvider(_logs));
        });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _emulators.DisposeAsync();
    }

    [Fact]
    public async Task HandleAsync_CredentialsRefusedForThreeAtOnce_DeliveriesQueuedUncountedAndOneAlert()
    {
        var pausesCounted = 0L;
        using var meters = new MeterListener();
        meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == NotifyTelemetry.Name && instrument.Name == "notify.channel.pauses")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        meters.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref pausesCounted, value));
        meters.Start();
        var messages = await SeedAsync(3);
        _email.Outcome = SendOutcome.Paused(Refusal);

        var waits = await Task.WhenAll(messages.Select(m => Assert.ThrowsAsync<TransientDeliveryException>(() => Handler.HandleAsync(m, 1, CancellationToken.None))));

        Assert.All(waits, w => Assert.Equal(TimeSpan.FromMinutes(5), w.RetryAfter));
        foreach (var row in await RowsAsync(messages))
        {
            Assert.Equal("queued", row.Status);
            Assert.Equal(0, row.Attempts);
            Assert.Equal($"waiting: channel email paused: {Refusal}", row.Reason);
        }

        var pause = Assert.Single(await Pauses.ListAsync(CancellationToken.None, fresh: true));
        Assert.Equal(("email", Refusal, "provider", _time.GetUtcNow().AddMinutes(5)), (pause.RowKey, pause.Reason, pause.Source, pause.ProbeAt));
        var alert = Assert.Single(_logs.Events, e => e.EventId == 5501);
        Assert.Equal(LogLevel.Error, alert.Level);
        Assert.Contains(Refusal, alert.Message, StringComparison.Ordinal);
        Assert.Equal(1, Interlocked.Read(ref pausesCounted));
    }

    [Fact]
    public async Task HandleAsync_ChannelPaused_DeferredWithoutSendingOrClaiming()
    {
        var messages = await SeedAsync(2);
        _email.Outcome = SendOutcome.Paused(Refusal);
        await Assert.ThrowsAsync<TransientDeliveryException>(() => Handler.HandleAsync(messages[0], 1, CancellationToken.None));
        _email.Outcome = SendOutcome.Sent("250 queued");
        _time.Advance(TimeSpan.FromMinutes(2));

        var wait = await Assert.ThrowsAsync<TransientDeliveryException>(() => Handler.HandleAsync(messages[1], 1, CancellationToken.None));

        Assert.Equal(TimeSpan.FromMinutes(3), wait.RetryAfter);
        Assert.Single(_email.Sent);
        var untouched = (await RowsAsync([messages[1]])).Single();
        Assert.Equal(("queued", 0, (string?)null), (untouched.Status, untouched.Attempts, untouched.ClaimedBy));
    }

    [Fact]
    public async Task HandleAsync_PauseOver_ExactlyOneProbeThenTheChannelResumes()
    {
        var messages = await SeedAsync(5);
        _email.Outcome = SendOutcome.Paused(Refusal);
        await Assert.ThrowsAsync<TransientDeliveryException>(() => Handler.HandleAsync(messages[0], 1, CancellationToken.None));
        _email.Outcome = SendOutcome.Sent("250 queued");
        _time.Advance(TimeSpan.FromMinutes(5));

        var outcomes = await Task.WhenAll(messages.Skip(1).Select(async m =>
        {
            try
            {
                await Handler.HandleAsync(m, 1, CancellationToken.None);
                return "sent";
            }
            catch (TransientDeliveryException)
            {
                return "waiting";
            }
        }));

        // One probe went out while the rest waited; it succeeded, so the channel is running again.
        Assert.Equal(1, outcomes.Count(o => o == "sent"));
        Assert.Equal(2, _email.Sent.Count);
        Assert.Empty(await Pauses.ListAsync(CancellationToken.None, fresh: true));
        Assert.Contains(_logs.Events, e => e.EventId == 5503);

        foreach (var message in messages)
        {
            await Handler.HandleAsync(message, 2, CancellationToken.None);
        }

        Assert.All(await RowsAsync(messages), r => Assert.Equal(("sent", 1), (r.Status, r.Attempts)));
        Assert.Equal(messages.Count, _email.Sent.Select(m => m.DeliveryId).Distinct().Count());
        Assert.Equal(messages.Count + 1, _email.Sent.Count); // the refused attempt, then one send each
    }

    [Fact]
    public async Task HandleAsync_ProbeRefusedAgain_StaysPausedForAnotherPeriod()
    {
        var messages = await SeedAsync(2);
        _email.Outcome = SendOutcome.Paused(Refusal);
        await Assert.ThrowsAsync<TransientDeliveryException>(() => Handler.HandleAsync(messages[0], 1, CancellationToken.None));
        _time.Advance(TimeSpan.FromMinutes(6));

        await Assert.ThrowsAsync<TransientDeliveryException>(() => Handler.HandleAsync(messages[1], 1, CancellationToken.None));

        var pause = Assert.Single(await Pauses.ListAsync(CancellationToken.None, fresh: true));
        Assert.Equal(_time.GetUtcNow().AddMinutes(5), pause.ProbeAt);
        Assert.Equal(_time.GetUtcNow().AddMinutes(-6), pause.PausedAt);
        Assert.All(await RowsAsync(messages), r => Assert.Equal(("queued", 0), (r.Status, r.Attempts)));
        Assert.Single(_logs.Events, e => e.EventId == 5501);
    }

    private IDeliveryHandler Handler => _services.GetRequiredService<IDeliveryHandler>();

    private ChannelPauseStore Pauses => _services.GetRequiredService<ChannelPauseStore>();

    private async Task<IReadOnlyList<DeliveryRecord>> RowsAsync(IEnumerable<DeliveryMessage> messages)
    {
        var store = _services.GetRequiredService<DeliveryStore>();
        var rows = new List<DeliveryRecord>();
        foreach (var message in messages)
        {
            rows.Add((await store.GetAsync(message.NoticeId, message.DeliveryId, CancellationToken.None))!);
        }

        return rows;
    }

    private async Task<IReadOnlyList<DeliveryMessage>> SeedAsync(int count)
    {
        var storage = _services.GetRequiredService<NotifyStorage>();
        var noticeId = Guid.NewGuid().ToString("N");
        await storage.Notices.GetBlobClient("tb.txt").UploadAsync(new BinaryData("Thông báo"u8.ToArray()), overwrite: true);
        var recipients = Enumerable.Range(1, count)
            .Select(i => new PlanRecipient($"don-vi-{i}", $"Đơn vị thử {i}", [new PlanExcerpt("1.", "Các đơn vị thực hiện", "group", "group", "nhóm")]))
            .ToList();
        await _services.GetRequiredService<DispatchPlanStore>().SaveAsync(
            new DispatchPlan(noticeId, "tb.txt", "text", 12, new PlanDocument("Thông báo", "1/TB-UBND", "TB-UBND", "Thử", null, null, null, null), recipients),
            CancellationToken.None);
        var rows = recipients.Select(r => new DeliveryRecord
        {
            PartitionKey = noticeId,
            RowKey = NoticeIds.ForDelivery(noticeId, r.EntryId, "email"),
            EntryId = r.EntryId,
            AgencyName = r.Name,
            Channel = "email",
            Address = $"{r.EntryId}@langson.example",
            CreatedAt = _time.GetUtcNow(),
        }).ToList();
        await _services.GetRequiredService<DeliveryStore>().AddMissingAsync(noticeId, rows, CancellationToken.None);
        return rows.Select(r => new DeliveryMessage(noticeId, r.RowKey)).ToList();
    }
}
