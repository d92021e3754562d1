using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using LangSon.Notify.Core.Channels.Email;
using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.SelfHost.Tests.Support;
using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Reading;
using LangSon.Notify.Understanding.Resolution;
using Microsoft.Extensions.DependencyInjection;

namespace LangSon.Notify.SelfHost.Tests;

/// <summary>Input over a budget (size, PDF pages) rejects the notice with a reason naming the figure and the limit.</summary>
public sealed class IngestBudgetTests : IAsyncLifetime
{
    private const long MaxUploadBytes = 96 * 1024; // above the seed PDF (80 KB), below the oversized upload
    private Emulators _emulators = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _emulators = await Emulators.StartAsync();
        _services = await InProcessDispatch.StartAsync(_emulators, services =>
        {
            services.AddSingleton<IEmailSender>(new CountingEmailSender());
            services.AddNotifyReading(o => o.MaxPdfPages = 2);
            services.AddSingleton<INoticeParser, NoticeParser>();
            services.AddSingleton<INoticeResolver>(new ScriptedResolver());
            services.PostConfigure<DispatchOptions>(o => o.MaxUploadBytes = MaxUploadBytes);
        });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _emulators.DisposeAsync();
    }

    [Fact]
    public async Task HandleAsync_BlobOverTheSizeLimit_RejectedFromItsPropertiesWithoutDownloading()
    {
        var requests = new RequestLog();
        var options = new BlobClientOptions();
        options.AddPolicy(requests, HttpPipelinePosition.PerCall);
        var blob = new BlobServiceClient(_emulators.ConnectionString, options).GetBlobContainerClient(StorageNames.NoticesContainer).GetBlobClient("qua-lon.pdf");
        await blob.UploadAsync(new BinaryData(new byte[100_000]), overwrite: true);
        requests.Clear();

        await _services.GetRequiredService<INoticeIngestHandler>().HandleAsync("qua-lon.pdf", blob, CancellationToken.None);

        Assert.Equal(["HEAD"], requests.Methods);
        var notice = (await _services.GetRequiredService<NoticeStore>().GetAsync(NoticeIds.ForContent("oversized:qua-lon.pdf"u8.ToArray()), CancellationToken.None))!;
        Assert.Equal("rejected", notice.Status);
        Assert.Equal("too large: the file is 100,000 bytes, over the limit of 98,304 bytes (Notify:Dispatch:MaxUploadBytes); it was not read", notice.Reason);
        Assert.Equal(100_000, notice.ContentLength);
    }

    [Fact]
    public async Task HandleAsync_BlobWithinTheLimit_DownloadedAndRead()
    {
        var content = "UBND TỈNH THỬ NGHIỆM\nTHÔNG BÁO\nNội dung thử.\n"u8.ToArray();
        var blob = _services.GetRequiredService<NotifyStorage>().Notices.GetBlobClient("vua-du.txt");
        await blob.UploadAsync(new BinaryData(content), overwrite: true);

        await _services.GetRequiredService<INoticeIngestHandler>().HandleAsync("vua-du.txt", blob, CancellationToken.None);

        var notice = (await _services.GetRequiredService<NoticeStore>().GetAsync(NoticeIds.ForContent(content), CancellationToken.None))!;
        Assert.Equal(content.Length, notice.ContentLength);
        Assert.DoesNotContain("too large", notice.Reason ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_PdfOverThePageCap_RejectedNamingPagesAndCap()
    {
        var pdf = await File.ReadAllBytesAsync(Path.Combine(Repo.Root, "seeds", "seed-notice.pdf"));
        var blob = _services.GetRequiredService<NotifyStorage>().Notices.GetBlobClient("nhieu-trang.pdf");
        await blob.UploadAsync(new BinaryData(pdf), overwrite: true);

        await _services.GetRequiredService<INoticeIngestHandler>().HandleAsync("nhieu-trang.pdf", blob, CancellationToken.None);

        var notice = (await _services.GetRequiredService<NoticeStore>().GetAsync(NoticeIds.ForContent(pdf), CancellationToken.None))!;
        Assert.Equal("rejected", notice.Status);
        Assert.Matches(@"^unreadable file \(OverBudget\): the PDF has \d+ pages, more than the 2 a notice may have$", notice.Reason);
        Assert.Equal(0, notice.DeliveryCount);
    }

    /// <summary>Every request the blob client makes, by method.</summary>
    private sealed class RequestLog : HttpPipelineSynchronousPolicy
    {
        private readonly ConcurrentQueue<string> _methods = new();

        public IReadOnlyList<string> Methods => [.. _methods];

        public void Clear() => _methods.Clear();

        public override void OnSendingRequest(HttpMessage message) => _methods.Enqueue(message.Request.Method.Method);
    }
}
