using LangSon.Notify.Core.Receipts;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.SelfHost.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LangSon.Notify.SelfHost.Tests.Receipts;

/// <summary>Events racing for one delivery's receipt row in Azurite: each kept once, the state the furthest of them.</summary>
public sealed class ReceiptRecorderTests : IAsyncLifetime
{
    private Emulators _emulators = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _emulators = await Emulators.StartAsync();
        _services = await InProcessDispatch.StartAsync(_emulators, _ => { });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _emulators.DisposeAsync();
    }

    [Fact]
    public async Task RecordAsync_ConcurrentEventsAndDuplicates_EachKeptOnceAndStateIsTheFurthest()
    {
        var delivery = await SeedAsync();
        var t = DateTimeOffset.UtcNow;
        ReceiptEvent Provider(string kind, int n) => new(delivery.NoticeId, delivery.DeliveryId, "twilio", $"SM1:{kind}", kind, t.AddSeconds(n));
        var distinct = new[] { Provider("queued", 0), Provider("sent", 1), Provider("delivered", 2), new ReceiptEvent(delivery.NoticeId, delivery.DeliveryId, "agency", "answer:03", "03", t.AddSeconds(3)) };
        var events = distinct.SelectMany(e => Enumerable.Repeat(e, 5)).OrderBy(_ => Random.Shared.Next()).ToList();
        var recorder = _services.GetRequiredService<ReceiptRecorder>();

        var outcomes = await Task.WhenAll(events.Select(e => Task.Run(() => recorder.RecordAsync(e, CancellationToken.None))));

        Assert.Equal(4, outcomes.Count(o => o == RecordOutcome.Recorded));
        Assert.Equal(16, outcomes.Count(o => o == RecordOutcome.Duplicate));
        var row = await _services.GetRequiredService<ReceiptStore>().GetAsync(delivery.NoticeId, delivery.DeliveryId, CancellationToken.None);
        Assert.Equal(("delivered", "03"), (row!.ProviderState, row.Answer));
        Assert.Equal(4, (await _services.GetRequiredService<DeliveryStore>().ListEventsAsync(delivery.NoticeId, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task RecordAsync_AnswerAcceptedRepeatedAndRaced_TimeToAcknowledgeMeasuredOnce()
    {
        // An odd age no other test's delivery has, since the listener hears every test in the process.
        var age = TimeSpan.FromSeconds(12_345.5);
        var delivery = await SeedAsync(sentAgo: age);
        var measured = new List<double>();
        using var meters = new System.Diagnostics.Metrics.MeterListener();
        meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == LangSon.Notify.Core.Telemetry.NotifyTelemetry.Name && instrument.Name == "notify.acknowledge.duration")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        meters.SetMeasurementEventCallback<double>((_, value, _, _) =>
        {
            if (Math.Abs(value - age.TotalSeconds) < 60)
            {
                lock (measured)
                {
                    measured.Add(value);
                }
            }
        });
        meters.Start();
        var at = delivery.SentAt!.Value + age;
        var answers = Enumerable.Range(0, 6)
            .Select(i => new ReceiptEvent(delivery.NoticeId, delivery.DeliveryId, "agency", i % 2 == 0 ? "answer:03" : "task:1:05", i % 2 == 0 ? "03" : "05", at, i % 2 == 0 ? null : "1"))
            .ToList();
        var recorder = _services.GetRequiredService<ReceiptRecorder>();

        await Task.WhenAll(answers.Select(e => Task.Run(() => recorder.RecordAsync(e, CancellationToken.None))));

        Assert.Equal(age.TotalSeconds, Assert.Single(measured), precision: 3);
    }

    [Fact]
    public async Task RecordAsync_UnknownDelivery_NothingKept()
    {
        var delivery = await SeedAsync();

        var outcome = await _services.GetRequiredService<ReceiptRecorder>().RecordAsync(
            new ReceiptEvent(delivery.NoticeId, "ffffffffffffffffffffffffffffffff", "twilio", "SM2:sent", "sent", DateTimeOffset.UtcNow), CancellationToken.None);

        Assert.Equal(RecordOutcome.UnknownDelivery, outcome);
        Assert.Empty(await _services.GetRequiredService<ReceiptStore>().ListAsync(delivery.NoticeId, CancellationToken.None));
        Assert.Empty(await _services.GetRequiredService<DeliveryStore>().ListEventsAsync(delivery.NoticeId, CancellationToken.None));
    }

    private async Task<DeliveryRecord> SeedAsync(TimeSpan? sentAgo = null)
    {
        var noticeId = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var row = new DeliveryRecord
        {
            PartitionKey = noticeId, RowKey = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)), EntryId = "so-c", AgencyName = "Sở C",
            Channel = "sms", Address = "+84999555903", Status = "sent", CreatedAt = DateTimeOffset.UtcNow,
            SentAt = sentAgo is { } ago ? DateTimeOffset.UtcNow - ago : null,
        };
        await _services.GetRequiredService<DeliveryStore>().AddMissingAsync(noticeId, [row], CancellationToken.None);
        return row;
    }
}
