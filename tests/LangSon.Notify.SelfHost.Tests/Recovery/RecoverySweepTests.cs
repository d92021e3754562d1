using System.Diagnostics;
using Azure;
using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.SelfHost.Tests.Support;
using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Reading;
using LangSon.Notify.Understanding.Resolution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace LangSon.Notify.SelfHost.Tests.Recovery;

/// <summary>
/// Each fault the recovery sweep repairs, made for real against Azurite and maildev, in process: the real reader,
/// parser, ingest and delivery handlers and SMTP sender; the clock is a FakeTimeProvider moved past the grace period.
/// </summary>
public sealed class RecoverySweepTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Grace = new RecoveryOptions().GracePeriod;
    private readonly ScriptedResolver _resolver = new();
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private Emulators _emulators = null!;
    private FaultyStorageProxy _tables = null!;
    private CrashingDeliveryQueue _queue = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _emulators = await Emulators.StartAsync();
        // Table requests pass through a proxy that a test can make fail; blobs and queues go straight to Azurite.
        _tables = await FaultyStorageProxy.StartAsync(_emulators.TablePort);
        _services = await InProcessDispatch.StartAsync(
            _emulators,
            services =>
            {
                services.AddSingleton<TimeProvider>(_time);
                services.AddNotifyReading();
                services.AddSingleton<INoticeParser, NoticeParser>();
                services.AddSingleton<INoticeResolver>(_resolver);
                services.AddSingleton<IDeliveryQueue>(sp => _queue = new CrashingDeliveryQueue(
                    new StorageDeliveryQueue(sp.GetRequiredService<NotifyStorage>(), sp.GetRequiredService<IOptions<DispatchOptions>>())));
            },
            new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage"] = _emulators.ConnectionString.Replace($"127.0.0.1:{_emulators.TablePort}", $"127.0.0.1:{_tables.Port}", StringComparison.Ordinal),
                ["Notify:Storage:MaxRetries"] = "1",
                ["Notify:Smtp:Host"] = "127.0.0.1",
                ["Notify:Smtp:Port"] = $"{_emulators.SmtpPort}",
            });
        _services.GetRequiredService<IDeliveryQueue>();
        await _services.GetRequiredService<DeliveryEventWriter>().StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _tables.DisposeAsync();
        await _emulators.DisposeAsync();
    }

    [Fact]
    public async Task RunAsync_CrashMidEnqueue_QueuesTheRestAndEachRecipientGetsOneMail()
    {
        _resolver.AgencyIds = ["so-a", "so-b", "so-c", "so-d", "so-e"];
        _queue.CrashAfter = 2;
        await Assert.ThrowsAsync<IOException>(() => IngestAsync("tb.txt", Seed));
        var noticeId = NoticeIds.ForContent(Seed);
        Assert.Equal("dispatching", (await Notice(noticeId)).Status);

        var early = await SweepAsync();
        _time.Advance(Grace + TimeSpan.FromMinutes(1));
        var report = await SweepAsync();
        await DrainAsync();

        Assert.Equal(0, early.Resumed);
        Assert.Equal(1, report.Resumed);
        Assert.Equal("dispatched", (await Notice(noticeId)).Status);
        var rows = await Deliveries(noticeId);
        Assert.Equal(5, rows.Count);
        Assert.All(rows, r => Assert.Equal("sent", r.Status));
        await AssertOneMailPerDeliveryAsync(rows);
    }

    [Fact]
    public async Task RunAsync_StorageFailedAfterTheSend_RecordsTheSendWithoutSendingAgain()
    {
        _resolver.AgencyIds = ["so-a"];
        await IngestAsync("tb.txt", Seed);
        var noticeId = NoticeIds.ForContent(Seed);
        _tables.FailWhen = (method, path, body) => method == "PUT" && path.Contains("/deliveries(", StringComparison.Ordinal) && body.Contains("\"Status\":\"sent\"", StringComparison.Ordinal);

        var failures = await DrainAsync();
        Assert.Equal(1, failures);
        Assert.True(_tables.Failed > 0, "the proxy never failed the write, so nothing was tested");
        Assert.Single(await _emulators.Mail.ListAsync());
        Assert.Equal("sending", Assert.Single(await Deliveries(noticeId)).Status);

        // Storage is back; long after, the claim has expired and the sweep runs before the message comes back.
        _tables.FailWhen = null;
        _time.Advance(Grace + TimeSpan.FromMinutes(1));
        var report = await SweepAsync();
        await DrainAsync();

        Assert.Equal(1, report.Recorded);
        Assert.Equal(0, report.TakenOver);
        var row = Assert.Single(await Deliveries(noticeId));
        Assert.Equal("sent", row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.NotNull(row.ProviderMessageId);
        await AssertOneMailPerDeliveryAsync([row]);
    }

    [Fact]
    public async Task HandleAsync_StorageFailedAfterTheSendThenMessageRetried_RecordsTheSendWithoutSendingAgain()
    {
        _resolver.AgencyIds = ["so-a"];
        await IngestAsync("tb.txt", Seed);
        var noticeId = NoticeIds.ForContent(Seed);
        _tables.FailWhen = (method, path, body) => method == "PUT" && path.Contains("/deliveries(", StringComparison.Ordinal) && body.Contains("\"Status\":\"sent\"", StringComparison.Ordinal);
        Assert.Equal(1, await DrainAsync());

        _tables.FailWhen = null;
        _time.Advance(new DispatchOptions().ClaimLease + TimeSpan.FromSeconds(1));
        Assert.Equal(0, await DrainAsync());

        var row = Assert.Single(await Deliveries(noticeId));
        Assert.Equal("sent", row.Status);
        await AssertOneMailPerDeliveryAsync([row]);
    }

    [Fact]
    public async Task RunAsync_ExpiredClaim_TakenOverAndSentOnce()
    {
        _resolver.AgencyIds = ["so-a"];
        await IngestAsync("tb.txt", Seed);
        var noticeId = NoticeIds.ForContent(Seed);
        // A worker took the message and claimed the row, then died: the message stays invisible, the row says "sending".
        var storage = _services.GetRequiredService<NotifyStorage>();
        Assert.Single((await storage.DeliveriesQueue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(10))).Value);
        var row = Assert.Single(await Deliveries(noticeId));
        row.Status = "sending";
        row.ClaimedAt = _time.GetUtcNow();
        row.ClaimedBy = "may-da-dung:4242";
        row.Attempts = 1;
        Assert.True(await _services.GetRequiredService<DeliveryStore>().TryReplaceAsync(row, CancellationToken.None));

        var whileHeld = await SweepAsync();
        _time.Advance(new DispatchOptions().ClaimLease + TimeSpan.FromSeconds(1));
        var report = await SweepAsync();
        var released = Assert.Single(await Deliveries(noticeId));
        await DrainAsync();

        Assert.Equal(0, whileHeld.TakenOver);
        Assert.Equal(1, report.TakenOver);
        Assert.Equal("queued", released.Status);
        Assert.Null(released.ClaimedBy);
        Assert.Contains("may-da-dung:4242", released.Reason, StringComparison.Ordinal);
        var sent = Assert.Single(await Deliveries(noticeId));
        Assert.Equal("sent", sent.Status);
        Assert.Equal(2, sent.Attempts);
        await AssertOneMailPerDeliveryAsync([sent]);
        await WaitForEventAsync(noticeId, "taken-over");
    }

    [Fact]
    public async Task RunAsync_LostBlobEvent_IngestsTheFileOnce()
    {
        var notices = _services.GetRequiredService<NotifyStorage>().Notices;
        await notices.GetBlobClient("thong-bao-mat-su-kien.txt").UploadAsync(new BinaryData(Seed));

        var early = await SweepAsync();
        _time.Advance(Grace + TimeSpan.FromMinutes(1));
        var report = await SweepAsync();
        var again = await SweepAsync();
        await DrainAsync();

        Assert.Equal(0, early.Ingested);
        Assert.Equal(1, report.Ingested);
        Assert.Equal(0, again.Ingested);
        var notice = await Notice(NoticeIds.ForContent(Seed));
        Assert.Equal("dispatched", notice.Status);
        Assert.Equal("thong-bao-mat-su-kien.txt", notice.BlobName);
        var rows = await Deliveries(notice.RowKey);
        Assert.Equal(2, rows.Count);
        await AssertOneMailPerDeliveryAsync(rows);
    }

    [Fact]
    public async Task RunAsync_IngestStuckAtParsed_ResumedAndDispatched()
    {
        var storage = _services.GetRequiredService<NotifyStorage>();
        await storage.Notices.GetBlobClient("tb.txt").UploadAsync(new BinaryData(Seed));
        var noticeId = NoticeIds.ForContent(Seed);
        // The process died after the plan was written and the row said "parsed", before any delivery row.
        await _services.GetRequiredService<NoticeStore>().TryAddAsync(
            new NoticeRecord { RowKey = noticeId, BlobName = "tb.txt", Status = "parsed", ContentLength = Seed.Length, ReceivedAt = _time.GetUtcNow(), AttemptedAt = _time.GetUtcNow(), Attempts = 1 },
            CancellationToken.None);

        var early = await SweepAsync();
        _time.Advance(Grace + TimeSpan.FromMinutes(1));
        var report = await SweepAsync();
        await DrainAsync();

        Assert.Equal(0, early.Resumed);
        Assert.Equal(1, report.Resumed);
        Assert.Equal(0, report.Ingested);
        Assert.Equal("dispatched", (await Notice(noticeId)).Status);
        var rows = await Deliveries(noticeId);
        Assert.Equal(2, rows.Count);
        await AssertOneMailPerDeliveryAsync(rows);
    }

    [Fact]
    public async Task HandleAsync_RowsWrittenThenEveryAttemptFails_DispatchedNeverRejected()
    {
        // Each attempt writes the delivery rows, then fails to mark the notice dispatching.
        _tables.FailWhen = (_, path, body) => path.Contains("$batch", StringComparison.Ordinal) && body.Contains("\"Status\":\"dispatching\"", StringComparison.Ordinal);
        var attempts = new DispatchOptions().MaxIngestAttempts;
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            await Assert.ThrowsAsync<RequestFailedException>(() => IngestAsync("tb.txt", Seed));
        }

        _tables.FailWhen = null;
        await IngestAsync("tb.txt", Seed);
        await DrainAsync();

        var notice = await Notice(NoticeIds.ForContent(Seed));
        Assert.Equal("dispatched", notice.Status);
        Assert.Equal(attempts, notice.Attempts - 1);
        var rows = await Deliveries(notice.RowKey);
        Assert.Equal(2, rows.Count);
        await AssertOneMailPerDeliveryAsync(rows);
    }

    [Fact]
    public async Task RunAsync_ManyDeliveriesWaitingPastTheGracePeriod_EachQueuedAgainOnce()
    {
        const int count = 2000;
        var noticeId = new string('a', 64);
        var rows = Enumerable.Range(0, count).Select(i => new DeliveryRecord
        {
            PartitionKey = noticeId,
            RowKey = NoticeIds.ForDelivery(noticeId, $"don-vi-{i}", "email"),
            EntryId = $"don-vi-{i}",
            AgencyName = $"Đơn vị {i}",
            Channel = "email",
            Address = $"don-vi-{i}@langson.example",
            CreatedAt = _time.GetUtcNow(),
        }).ToList();
        // Straight to Azurite, without the fault proxy, so the figure printed is the sweep's own.
        await using var direct = await InProcessDispatch.StartAsync(_emulators, services => services.AddSingleton<TimeProvider>(_time));
        await direct.GetRequiredService<DeliveryStore>().AddMissingAsync(noticeId, rows, CancellationToken.None);
        var sweep = direct.GetRequiredService<IRecoverySweep>();

        _time.Advance(Grace + TimeSpan.FromMinutes(1));
        var watch = Stopwatch.StartNew();
        var report = await sweep.RunAsync(startUp: false, CancellationToken.None);
        var first = watch.Elapsed;
        watch.Restart();
        var next = await sweep.RunAsync(startUp: false, CancellationToken.None);
        var second = watch.Elapsed;

        Assert.Equal(count, report.Requeued);
        Assert.Equal(0, next.Requeued);
        // A message carries up to Notify:Dispatch:DeliveriesPerMessage deliveries: count the deliveries, not the messages.
        var queued = new List<string>();
        var queue = direct.GetRequiredService<NotifyStorage>().DeliveriesQueue;
        while ((await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5))).Value is { Length: > 0 } batch)
        {
            queued.AddRange(batch.SelectMany(m => StorageDeliveryQueue.DeserializeAll(m.MessageText)).Select(d => d.DeliveryId));
        }

        Assert.Equal(count, queued.Count);
        Assert.Equal(count, queued.Distinct(StringComparer.Ordinal).Count());
        output.WriteLine($"Sweep queuing {count} waiting deliveries again on Azurite: {first.TotalMilliseconds:0} ms; the next sweep over the same (now stamped) rows: {second.TotalMilliseconds:0} ms.");
    }

    private static byte[] Seed => File.ReadAllBytes(Path.Combine(Repo.Root, "seeds", "seed-notice.txt"));

    private Task<RecoveryReport> SweepAsync() => _services.GetRequiredService<IRecoverySweep>().RunAsync(startUp: false, CancellationToken.None);

    /// <summary>Stores the file as an upload would, then runs the ingest as the blob trigger would.</summary>
    private async Task IngestAsync(string name, byte[] content)
    {
        await _services.GetRequiredService<NotifyStorage>().Notices.GetBlobClient(name).UploadAsync(new BinaryData(content), overwrite: true);
        await _services.GetRequiredService<INoticeIngestHandler>().HandleAsync(name, new MemoryStream(content), CancellationToken.None);
    }

    /// <summary>Handles every visible message as the queue trigger would; a message whose handling throws goes back to the queue. Returns how many threw.</summary>
    private async Task<int> DrainAsync()
    {
        var queue = _services.GetRequiredService<NotifyStorage>().DeliveriesQueue;
        var handler = _services.GetRequiredService<IDeliveryHandler>();
        var failures = 0;
        while (failures == 0)
        {
            var messages = (await queue.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1))).Value;
            if (messages.Length == 0)
            {
                break;
            }

            foreach (var message in messages)
            {
                try
                {
                    await DeliveryPackHandler.HandleAllAsync(handler, StorageDeliveryQueue.DeserializeAll(message.MessageText), message.DequeueCount, deferTransient: null, CancellationToken.None);
                    await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                }
                catch (Exception ex) when (ex is RequestFailedException or TransientDeliveryException)
                {
                    failures++;
                    await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: TimeSpan.Zero);
                }
            }
        }

        return failures;
    }

    private async Task AssertOneMailPerDeliveryAsync(IReadOnlyList<DeliveryRecord> rows)
    {
        var mails = await _emulators.Mail.ListAsync();
        Assert.Equal(rows.Select(r => r.DeliveryId).Order(StringComparer.Ordinal), mails.Select(m => m.DeliveryId!).Order(StringComparer.Ordinal));
    }

    private async Task WaitForEventAsync(string noticeId, string kind)
    {
        var store = _services.GetRequiredService<DeliveryStore>();
        for (var i = 0; i < 50; i++)
        {
            if ((await store.ListEventsAsync(noticeId, CancellationToken.None)).Any(e => e.Kind == kind))
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"no {kind} event was written for notice {noticeId}");
    }

    private async Task<NoticeRecord> Notice(string id) => (await _services.GetRequiredService<NoticeStore>().GetAsync(id, CancellationToken.None))!;

    private Task<IReadOnlyList<DeliveryRecord>> Deliveries(string id) => _services.GetRequiredService<DeliveryStore>().ListAsync(id, CancellationToken.None);
}
