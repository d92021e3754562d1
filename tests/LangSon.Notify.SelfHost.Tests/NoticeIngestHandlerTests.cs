using Azure.Storage.Queues;
using LangSon.Notify.Core.Channels.Email;
using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Reading;
using LangSon.Notify.Understanding.Resolution;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.SelfHost.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LangSon.Notify.SelfHost.Tests;

/// <summary>The ingest handler's records and idempotence against Azurite, in process, with the real reader and parser.</summary>
public sealed class NoticeIngestHandlerTests : IAsyncLifetime
{
    private readonly ScriptedResolver _resolver = new();
    private Emulators _emulators = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _emulators = await Emulators.StartAsync();
        _services = await InProcessDispatch.StartAsync(_emulators, services =>
        {
            services.AddSingleton<IEmailSender>(new CountingEmailSender());
            services.AddNotifyReading();
            services.AddSingleton<INoticeParser, NoticeParser>();
            services.AddSingleton<INoticeResolver>(_resolver);
        });
    }

    private Dictionary<string, string> Policy() =>
        _services.GetRequiredService<Microsoft.Extensions.Options.IOptions<LangSon.Notify.Understanding.Signatures.SignatureOptions>>().Value.Policy;

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _emulators.DisposeAsync();
    }

    [Fact]
    public async Task HandleAsync_NewNotice_OneDeliveryRowAndMessagePerRecipient()
    {
        var id = await IngestAsync("tb.txt", Seed);

        var notice = await Notice(id);
        Assert.Equal("dispatched", notice.Status);
        Assert.Equal(2, notice.DeliveryCount);
        Assert.Equal(2, (await Deliveries(id)).Count);
        Assert.Equal(2, await QueueLength());
    }

    [Fact]
    public async Task HandleAsync_UnsignedUnderTheDefaultPolicy_HeldForReviewNamingTheVerdict()
    {
        Policy().Remove("unsigned"); // the default: only valid and untrusted notices are sent

        var id = await IngestAsync("tb.txt", Seed);

        var notice = await Notice(id);
        Assert.Equal("awaiting-review", notice.Status);
        Assert.Equal("chờ văn thư duyệt: chữ ký số unsigned", notice.Reason);
        Assert.Equal("unsigned", notice.SignatureStatus);
        Assert.Equal("Thông báo", notice.DocumentType);
        Assert.Empty(await Deliveries(id));
        Assert.Equal(0, await QueueLength());
    }

    [Fact]
    public async Task HandleAsync_PolicyRejectsTheVerdict_RejectedNamingIt()
    {
        Policy()["unsigned"] = "reject";

        var id = await IngestAsync("tb.txt", Seed);

        var notice = await Notice(id);
        Assert.Equal("rejected", notice.Status);
        Assert.Equal("chữ ký số: unsigned", notice.Reason);
        Assert.Equal(0, await QueueLength());
    }

    [Fact]
    public async Task HandleAsync_RetriggeredOrSameContentUnderAnotherName_NothingQueuedTwice()
    {
        var id = await IngestAsync("tb.txt", Seed);

        await IngestAsync("tb.txt", Seed);
        await IngestAsync("ban-sao.txt", Seed);

        Assert.Equal(2, await QueueLength());
        Assert.Equal(1, _resolver.Calls);
        var duplicate = await Notice(NoticeIds.ForDuplicate(id, "ban-sao.txt"));
        Assert.Equal("duplicate", duplicate.Status);
        Assert.Equal(id, duplicate.DuplicateOf);
    }

    [Fact]
    public async Task HandleAsync_SameNumberNotationAndIssuerDifferentContent_HeldNamingTheEarlierNotice()
    {
        // The seed leaves its number blank, as drafts do; a numbered copy stands for the issued notice.
        var numbered = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(Seed).Replace("Số: /TB-UBND", "Số: 512/TB-UBND", StringComparison.Ordinal));
        var id = await IngestAsync("tb.txt", numbered);
        var rescan = numbered.Concat(System.Text.Encoding.UTF8.GetBytes("\n(Bản quét lại)\n")).ToArray();

        var second = await IngestAsync("tb-quet-lai.txt", rescan);

        var held = await Notice(second);
        Assert.Equal("duplicate", held.Status);
        Assert.Equal(id, held.DuplicateOf);
        Assert.Contains($"same number, notation and issuer as notice {id} (tb.txt)", held.Reason, StringComparison.Ordinal);
        Assert.Empty(await Deliveries(second));
        Assert.Equal(2, await QueueLength());
    }

    [Fact]
    public async Task HandleAsync_SameNumberAfterARejectedUpload_DispatchedNotHeld()
    {
        var numbered = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(Seed).Replace("Số: /TB-UBND", "Số: 513/TB-UBND", StringComparison.Ordinal));
        _resolver.AgencyIds = [];
        _services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ReviewOptions>>().Value.SendDoubtful = true; // rejected, not held
        var rejected = await IngestAsync("tb.txt", numbered);
        _resolver.AgencyIds = ["so-khdt", "so-tc"];

        var corrected = await IngestAsync("tb-sua.txt", numbered.Concat(System.Text.Encoding.UTF8.GetBytes("\n")).ToArray());

        Assert.Equal("rejected", (await Notice(rejected)).Status);
        Assert.Equal("dispatched", (await Notice(corrected)).Status);
        Assert.Equal(2, await QueueLength());
    }

    [Fact]
    public async Task HandleAsync_NoResolvableRecipient_HeldForReviewNothingQueued()
    {
        _resolver.AgencyIds = [];

        var id = await IngestAsync("tb.txt", Seed);
        await IngestAsync("tb.txt", Seed);

        var notice = await Notice(id);
        Assert.Equal("awaiting-review", notice.Status);
        Assert.Contains("1 nơi nhận chưa xác định", notice.Reason, StringComparison.Ordinal);
        Assert.Empty(await Deliveries(id));
        Assert.Equal(0, await QueueLength());
        Assert.Equal(1, _resolver.Calls);
    }

    [Fact]
    public async Task HandleAsync_NoResolvableRecipientAndSendDoubtful_RejectedNamingTheMention()
    {
        _resolver.AgencyIds = [];
        _services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ReviewOptions>>().Value.SendDoubtful = true;

        var id = await IngestAsync("tb.txt", Seed);

        var notice = await Notice(id);
        Assert.Equal("rejected", notice.Status);
        Assert.Equal("no resolvable recipient (unresolved: Sở Không Tồn Tại)", notice.Reason);
        Assert.Equal(0, await QueueLength());
    }

    [Fact]
    public async Task HandleAsync_ResolverKeepsFailing_RejectedAfterMaxAttemptsWithLastError()
    {
        _resolver.Failure = new InvalidOperationException("directory unavailable");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => IngestAsync("tb.txt", Seed));
        }

        var id = await IngestAsync("tb.txt", Seed);

        var notice = await Notice(id);
        Assert.Equal("rejected", notice.Status);
        Assert.Equal("gave up after 3 attempts; last error: attempt 3: directory unavailable", notice.Reason);
        Assert.Equal(3, _resolver.Calls);
    }

    [Fact]
    public async Task HandleAsync_EmptyFile_RejectedAsUnreadable()
    {
        var id = await IngestAsync("rong.txt", []);

        var notice = await Notice(id);
        Assert.Equal("rejected", notice.Status);
        Assert.StartsWith("unreadable file (Empty)", notice.Reason, StringComparison.Ordinal);
    }

    private static byte[] Seed => File.ReadAllBytes(Path.Combine(Repo.Root, "seeds", "seed-notice.txt"));

    private async Task<string> IngestAsync(string name, byte[] content)
    {
        await _services.GetRequiredService<INoticeIngestHandler>().HandleAsync(name, new MemoryStream(content), CancellationToken.None);
        return NoticeIds.ForContent(content);
    }

    private async Task<NoticeRecord> Notice(string id) => (await _services.GetRequiredService<NoticeStore>().GetAsync(id, CancellationToken.None))!;

    private Task<IReadOnlyList<DeliveryRecord>> Deliveries(string id) => _services.GetRequiredService<DeliveryStore>().ListAsync(id, CancellationToken.None);

    /// <summary>Deliveries carried by the messages waiting in the queue (a message may carry several of one notice).</summary>
    private async Task<int> QueueLength()
    {
        var queue = new QueueClient(_emulators.ConnectionString, StorageNames.DeliveriesQueue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var messages = (await queue.PeekMessagesAsync(32)).Value;
        return messages.Sum(m => StorageDeliveryQueue.DeserializeAll(m.Body.ToString()).Count);
    }
}
