using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Portal.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LangSon.Notify.Portal.Tests;

/// <summary>
/// Render times of the notices list with 1,000 notices and of a notice with 5,000 deliveries, in the browser against
/// Azurite. Figures are printed and saved (.artifacts/portal/performance.txt), not asserted: timings on a shared
/// 2-core machine belong in a report, not in a pass/fail test.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PortalPerformanceTests(PortalFixture fixture, ITestOutputHelper output)
{
    private const int Notices = 1000;
    private const int Deliveries = 5000;
    private const int Runs = 5;
    private const int DeliveriesPerNotice = 3;

    [Fact]
    public async Task NoticesListAndLargeNotice_RenderTimes_Reported()
    {
        var storage = new NotifyStorage(Options.Create(new StorageOptions { ConnectionString = fixture.Emulators.ConnectionString }));
        var notices = new NoticeStore(storage);
        var now = DateTimeOffset.UtcNow;
        var seedWatch = Stopwatch.StartNew();
        await storage.DeliveryRows.CreateIfNotExistsAsync();
        await Parallel.ForEachAsync(Enumerable.Range(0, Notices), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var id = NoticeIds.ForContent(BitConverter.GetBytes(i + 7_000_000));
            await notices.TryAddAsync(new NoticeRecord
            {
                RowKey = id,
                BlobName = $"hieu-nang-{i:D4}.pdf",
                Status = NoticeStatus.Dispatched.ToName(),
                DocumentType = i % 3 == 0 ? "Công văn" : "Thông báo",
                Number = $"{i + 1}/TB-UBND",
                Title = $"Văn bản thử tải số {i + 1} về kế hoạch công tác",
                Urgency = i % 10 == 0 ? "KHẨN" : null,
                DeliveryCount = DeliveriesPerNotice,
                ReceivedAt = now.AddMinutes(-i * 37),
                DispatchedAt = now.AddMinutes(-i * 37 + 1),
            }, ct);
            await storage.DeliveryRows.SubmitTransactionAsync(Enumerable.Range(0, DeliveriesPerNotice).Select(d => new TableTransactionAction(TableTransactionActionType.Add, new DeliveryRecord
            {
                PartitionKey = id,
                RowKey = NoticeIds.ForDelivery(id, $"co-quan-{d}", "email"),
                EntryId = $"co-quan-{d}",
                AgencyName = $"Cơ quan {d}",
                Channel = "email",
                Address = $"co-quan-{d}@langson.example",
                Status = DeliveryStatus.Sent.ToName(),
                Attempts = 1,
                CreatedAt = now.AddMinutes(-i * 37),
                SentAt = now.AddMinutes(-i * 37 + 1),
            })), ct);
        });

        var bigId = NoticeIds.ForContent("5000 deliveries"u8);
        await notices.TryAddAsync(new NoticeRecord
        {
            RowKey = bigId,
            BlobName = "hieu-nang-5000.pdf",
            Status = NoticeStatus.Dispatched.ToName(),
            DocumentType = "Thông báo",
            Number = "5000/TB-UBND",
            Title = "Văn bản thử tải gửi tới 5.000 nơi nhận",
            DeliveryCount = Deliveries,
            ReceivedAt = now.AddSeconds(-30),
        }, CancellationToken.None);
        await Parallel.ForEachAsync(Enumerable.Range(0, Deliveries).Chunk(100), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (chunk, ct) =>
            await storage.DeliveryRows.SubmitTransactionAsync(chunk.Select(i => new TableTransactionAction(TableTransactionActionType.Add, new DeliveryRecord
            {
                PartitionKey = bigId,
                RowKey = NoticeIds.ForDelivery(bigId, $"co-quan-{i:D4}", "email"),
                EntryId = $"co-quan-{i:D4}",
                AgencyName = $"Cơ quan thử tải {i:D4}",
                Channel = "email",
                Address = $"co-quan-{i:D4}@langson.example",
                Status = i % 50 == 0 ? DeliveryStatus.Failed.ToName() : DeliveryStatus.Sent.ToName(),
                Reason = i % 50 == 0 ? "550 mailbox unavailable" : null,
                Attempts = 1,
                CreatedAt = now.AddSeconds(-30),
                SentAt = i % 50 == 0 ? null : now.AddSeconds(-20),
                FailedAt = i % 50 == 0 ? now.AddSeconds(-20) : null,
            })), ct));
        output.WriteLine($"seeded {Notices} notices with {DeliveriesPerNotice} deliveries each, and one with {Deliveries}, in {seedWatch.Elapsed.TotalSeconds:0.0} s");

        var page = await fixture.SignInAdminAsync();
        var figures = new List<string>
        {
            await MeasureAsync(page, "/quan-tri/thong-bao", "notices list, first page of 50 (of 1,000+)"),
            await MeasureAsync(page, "/quan-tri/thong-bao?trangthai=dispatched&loai=C%C3%B4ng%20v%C4%83n", "notices list filtered by status and type"),
            await MeasureAsync(page, "/quan-tri/thong-bao?q=th%E1%BB%AD%20t%E1%BA%A3i%20s%E1%BB%91%2099", "notices list, text search"),
            await MeasureAsync(page, $"/quan-tri/thong-bao/{bigId}", "notice with 5,000 deliveries (summary of all, first page of rows)"),
            await MeasureAsync(page, "/quan-tri/bieu-do", "charts over the last 30 days (200 newest notices read)"),
        };

        await page.GotoAsync("/quan-tri/thong-bao");
        Assert.Equal(50, await page.Locator("table.notices tbody tr").CountAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Trang sau »" }).ClickAsync();
        Assert.Equal(50, await page.Locator("table.notices tbody tr").CountAsync());
        await page.GotoAsync($"/quan-tri/thong-bao/{bigId}");
        await Assertions.Expect(page.Locator("#tien-do-so")).ToContainTextAsync("5000/5000 lượt đã xong · 4900 đã gửi · 100 thất bại");

        var firstPage = (await notices.ListPageAsync(new NoticeQuery(), 50, null, CancellationToken.None)).Rows;
        figures.Add($"settled progress kept on the index rows of the first page: {firstPage.Count(r => LangSon.Notify.Portal.Monitoring.ProgressSnapshots.Of(r) is not null)} of {firstPage.Count}");
        foreach (var line in figures)
        {
            output.WriteLine(line);
        }

        File.WriteAllLines(Path.Combine(Artifacts.Folder, "performance.txt"), figures);
    }

    /// <summary>
    /// Navigation until the load event, in the browser (server time, transfer and rendering), and until the progress
    /// cells the list fetches after it is shown are filled. Median and worst of five after a first view, reported
    /// apart: on the list it counts the progress of notices without a stored snapshot from their delivery rows.
    /// </summary>
    private static async Task<string> MeasureAsync(IPage page, string path, string what)
    {
        var first = Stopwatch.StartNew();
        await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        var firstShown = first.Elapsed.TotalMilliseconds;
        await page.WaitForFunctionAsync("() => document.querySelector('.progress-pending') === null");
        var firstComplete = first.Elapsed.TotalMilliseconds;
        var shown = new List<double>();
        var complete = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            var response = await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            shown.Add(watch.Elapsed.TotalMilliseconds);
            Assert.Equal(200, response!.Status);
            await page.WaitForFunctionAsync("() => document.querySelector('.progress-pending') === null");
            complete.Add(watch.Elapsed.TotalMilliseconds);
        }

        shown.Sort();
        complete.Sort();
        return string.Create(CultureInfo.InvariantCulture, $"{what}: shown median {shown[Runs / 2]:0} ms (worst {shown[^1]:0}), progress filled median {complete[Runs / 2]:0} ms (worst {complete[^1]:0}); first view shown {firstShown:0} ms, progress filled {firstComplete:0} ms; {Runs} loads of {path}");
    }
}
