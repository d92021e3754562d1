using System.Net;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using LangSon.Notify.Portal.Tests.Support;
using LangSon.Notify.SelfHost.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LangSon.Notify.Portal.Tests;

/// <summary>The portal in a real browser (Debian chromium, headless) against the self-host on Azurite and maildev.</summary>
[Collection(PortalCollection.Name)]
public sealed class PortalBrowserTests(PortalFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan DispatchTimeout = TimeSpan.FromMinutes(3); // blob detection slows when the whole suite shares two cores

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    [Fact]
    public async Task SignIn_EachRole_SeesItsPagesAndIsRefusedTheOthers()
    {
        var clerk = await fixture.SignInClerkAsync();
        await Assertions.Expect(clerk.GetByRole(AriaRole.Link, new() { Name = "Tải lên văn bản" }).First).ToBeVisibleAsync();
        var refused = await clerk.GotoAsync("/quan-tri/thong-bao");
        Assert.Equal(403, refused!.Status);
        await Assertions.Expect(clerk.GetByRole(AriaRole.Heading, new() { Name = "Không có quyền" })).ToBeVisibleAsync();

        var admin = await fixture.SignInAdminAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Link, new() { Name = "Theo dõi phát hành" }).First).ToBeVisibleAsync();
        Assert.Equal(403, (await admin.GotoAsync("/van-thu/tai-len"))!.Status);
        Assert.Equal(403, (await admin.GotoAsync("/van-thu/cho-duyet"))!.Status);

        var guest = await fixture.SignInAsync(PortalFixture.GuestUser, fixture.GuestPassword);
        Assert.Equal(403, (await guest.GotoAsync("/"))!.Status);

        var wrong = await fixture.SignInAsync("quantri", "not-the-password");
        await Assertions.Expect(wrong.GetByRole(AriaRole.Alert)).ToContainTextAsync("không đúng");

        var anonymous = await fixture.NewPageAsync();
        await anonymous.GotoAsync("/quan-tri/thong-bao/anything");
        Assert.StartsWith("/dang-nhap", new Uri(anonymous.Url).PathAndQuery, StringComparison.Ordinal);
        var loginHtml = await anonymous.ContentAsync();
        Assert.DoesNotMatch(@"[\w.-]+@[\w-]+\.\w+|\+84\d{6,}", loginHtml);
        await Artifacts.ScreenshotAsync(anonymous, "dang-nhap");

        using var http = new HttpClient { BaseAddress = fixture.Host.PortalUrl };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("assets/portal.css")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("assets/htmx.min.js")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("api/notices")).StatusCode);
        http.DefaultRequestHeaders.Add("X-Api-Key", "wrong-key");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("api/notices")).StatusCode);
    }

    [Fact]
    public async Task UploadSeedPdf_PreviewCorrectConfirm_MailsArrive()
    {
        var page = await fixture.SignInClerkAsync();
        await page.GotoAsync("/van-thu/tai-len");
        await page.GetByLabel("Tệp văn bản").SetInputFilesAsync(Repo.SeedNotice);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên và xem trước" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/van-thu/thong-bao/[0-9a-f]{64}$"));
        var noticeId = page.Url[^64..];

        // The preview: metadata, tasks, Nơi nhận lines with what they resolved to, and per agency the email.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nơi nhận" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".status")).ToContainTextAsync("Chờ duyệt");
        Assert.True(await page.Locator("#nhiem-vu + div tbody tr, #nhiem-vu ~ div tbody tr").CountAsync() > 0, "the preview lists the tasks");
        var firstAgency = page.Locator(".agencies details").First;
        await firstAgency.Locator("summary").ClickAsync();
        var email = page.FrameLocator(".agencies details[open] iframe.email");
        await Assertions.Expect(email.Locator("body")).ToContainTextAsync("Kính gửi");
        var notRecipient = await page.Context.APIRequest.GetAsync($"/van-thu/thong-bao/{noticeId}?handler=Email&entry=not-a-recipient");
        Assert.Equal(404, notRecipient.Status);
        await Artifacts.ScreenshotAsync(page, "xem-truoc-van-ban");
        var planned = int.Parse(Regex.Match(await page.Locator("#xac-nhan + p").InnerTextAsync(), @"Gửi tới (\d+) cơ quan").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        // Correct the first mention: "không gửi". Nothing was sent before the confirmation.
        Assert.Null(await fixture.Host.GetDeliveriesAsync(noticeId) is { Total: > 0 } ? "sent" : null);
        await page.Locator("#hanh-dong-0").SelectOptionAsync("skip");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận và gửi" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã xác nhận");
        await Assertions.Expect(page.Locator(".meta")).ToContainTextAsync("vanthu");

        var done = await fixture.Host.WaitForAsync(noticeId, v => v.NoticeStatus == "dispatched" && v.Complete, DispatchTimeout);
        output.WriteLine($"planned {planned} agencies before the correction; {done.Total} deliveries after it, {done.ByStatus["sent"]} sent");
        Assert.True(done.Total < 113, $"skipping a mention removes its recipients ({done.Total} deliveries)");
        var addresses = done.Deliveries.Where(d => d.Status == "sent" && d.Channel == "email").Select(d => d.Address).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var mails = await WaitForMailsAsync(m => m.DeliveryId is { } id && done.Deliveries.Any(d => d.Id == id), addresses.Count);
        Assert.Equal(addresses, mails.SelectMany(m => m.To).Select(a => a.Value).ToHashSet(StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task DoubtfulNoticeDroppedInStorage_WaitsForReview_ClerkMapsAndConfirms()
    {
        var noticeId = await fixture.Host.UploadAsync("doubtful-notice.txt", await File.ReadAllBytesAsync(Fixture("doubtful-notice.txt")));
        await fixture.Host.WaitForAsync(noticeId, v => v.NoticeStatus == "awaiting-review", DispatchTimeout);
        await Task.Delay(1000);
        Assert.Equal(0, (await fixture.Host.GetDeliveriesAsync(noticeId))!.Total);
        Assert.DoesNotContain(await fixture.Emulators.Mail.ListAsync(), m => m.Subject.Contains("417/TB-UBND", StringComparison.Ordinal));

        var page = await fixture.SignInClerkAsync();
        await page.GotoAsync("/van-thu/cho-duyet");
        await Artifacts.ScreenshotAsync(page, "cho-duyet");
        await page.GetByRole(AriaRole.Link, new() { Name = "417/TB-UBND" }).ClickAsync();
        var unresolved = page.Locator(".mentions li.unresolved");
        await Assertions.Expect(unresolved).ToHaveCountAsync(1);
        await Assertions.Expect(unresolved).ToContainTextAsync("QLKVX");
        await Assertions.Expect(unresolved.Locator(".candidates")).ToContainTextAsync("Ban Tiếp công dân tỉnh");
        await Artifacts.ScreenshotAsync(page, "duyet-van-ban-nghi-ngo");

        var action = unresolved.Locator("select");
        await action.SelectOptionAsync("map");
        await unresolved.Locator("input[list=danh-ba]").FillAsync("Sở Y tế");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận và gửi" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã xác nhận");
        await Assertions.Expect(page.Locator(".correction")).ToContainTextAsync("Sở Y tế");

        var done = await fixture.Host.WaitForAsync(noticeId, v => v.NoticeStatus == "dispatched" && v.Complete, DispatchTimeout);
        Assert.Equal(["Sở Tài chính", "Sở Xây dựng", "Sở Y tế"], done.Deliveries.Select(d => d.Agency).Order(StringComparer.Ordinal));
        var mails = await WaitForMailsAsync(m => m.Subject.Contains("417/TB-UBND", StringComparison.Ordinal), 3);
        Assert.Equal(["so-tc@langson.example", "so-xd@langson.example", "so-yt@langson.example"], mails.SelectMany(m => m.To).Select(a => a.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task MonitoringPage_UpdatesWhileDeliveriesFinish()
    {
        // Hold the email channel for a few seconds, as a provider's pause would, so the page is seen before the
        // deliveries finish however fast they go; the probe then lifts the pause.
        var channels = new Azure.Data.Tables.TableClient(fixture.Emulators.ConnectionString, "channels");
        await channels.CreateIfNotExistsAsync();
        var now = DateTimeOffset.UtcNow;
        await channels.UpsertEntityAsync(new LangSon.Notify.Core.Channels.Pause.ChannelPauseRecord { RowKey = "email", Reason = "held by the test", PausedAt = now, ProbeAt = now.AddSeconds(8) });
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var page = await fixture.SignInAdminAsync();

        var content = await File.ReadAllBytesAsync(Path.Combine(Repo.Root, "seeds", "seed-notice.txt"));
        var noticeId = await fixture.Host.UploadAsync("seed-notice-theo-doi.txt", content);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await fixture.Host.GetNoticeAsync(noticeId) is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        await page.GotoAsync($"/quan-tri/thong-bao/{noticeId}");
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");
        var first = await page.Locator("#tien-do-so").InnerTextAsync();
        await page.WaitForFunctionAsync(
            "() => { const m = /^(\\d+)\\/(\\d+) lượt đã xong/.exec(document.querySelector('#tien-do-so')?.textContent.trim() ?? ''); return m && +m[2] > 0 && m[1] === m[2] && !document.querySelector('#truc-tiep[hx-get]'); }",
            null,
            new PageWaitForFunctionOptions { Timeout = 90_000 });
        var last = await page.Locator("#tien-do-so").InnerTextAsync();
        output.WriteLine($"first: {first}\nlast: {last}");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page updated itself, without a reload");
        Assert.NotEqual(first, last);
        await Artifacts.ScreenshotAsync(page, "theo-doi-van-ban");

        await page.GotoAsync("/quan-tri/thong-bao");
        await Assertions.Expect(page.Locator("table.notices")).ToContainTextAsync("Đã phát hành");
        await Artifacts.ScreenshotAsync(page, "danh-sach-van-ban");
    }

    [Fact]
    public async Task FailedDelivery_RetryExportRecall_TrackedAsDeliveries()
    {
        // The mail server is down: both deliveries fail after their two attempts.
        fixture.Emulators.StopMaildev();
        string noticeId;
        try
        {
            noticeId = await fixture.Host.UploadAsync("follow-up-notice.txt", await File.ReadAllBytesAsync(Fixture("follow-up-notice.txt")));
            await fixture.Host.WaitForAsync(noticeId, v => v.Complete && v.Total == 2 && v.ByStatus["failed"] == 2, DispatchTimeout);
        }
        finally
        {
            await fixture.Emulators.StartMaildevAsync();
        }

        var page = await fixture.SignInAdminAsync();
        await page.GotoAsync($"/quan-tri/thong-bao/{noticeId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thử lại lượt gửi tới Sở Tài chính qua Thư điện tử" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("hàng đợi gửi lại");
        var retried = await fixture.Host.WaitForAsync(noticeId, v => v.Deliveries.Any(d => d.Agency == "Sở Tài chính" && d.Status == "sent"), DispatchTimeout);
        Assert.Equal("failed", retried.Deliveries.Single(d => d.Agency == "Sở Nội vụ").Status);
        var notices = await WaitForMailsAsync(m => m.Subject.Contains("422/TB-UBND", StringComparison.Ordinal), 1);
        Assert.Equal("so-tc@langson.example", notices.Single().To.Single().Value);

        // The event history of the retried delivery shows the failure and the retry.
        await page.GotoAsync($"/quan-tri/thong-bao/{noticeId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lịch sử lượt gửi tới Sở Tài chính qua Thư điện tử" }).ClickAsync();
        await Assertions.Expect(page.Locator(".events").First).ToContainTextAsync("retry-requested");

        var csv = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Xuất CSV" }).ClickAsync());
        var csvText = await File.ReadAllTextAsync((await csv.PathAsync())!);
        Assert.Contains("Cơ quan", csvText, StringComparison.Ordinal);
        Assert.Contains("Sở Nội vụ", csvText, StringComparison.Ordinal);
        Assert.Contains("Thất bại", csvText, StringComparison.Ordinal);
        var xlsx = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Xuất Excel" }).ClickAsync());
        var xlsxBytes = await File.ReadAllBytesAsync((await xlsx.PathAsync())!);
        Assert.Equal("PK"u8.ToArray(), xlsxBytes[..2]);
        await csv.SaveAsAsync(Path.Combine(Artifacts.Folder, "xuat-phat-hanh.csv"));
        await xlsx.SaveAsAsync(Path.Combine(Artifacts.Folder, "xuat-phat-hanh.xlsx"));

        // Recall: exactly the recipients the notice reached (only Sở Tài chính), once, even when asked twice.
        for (var i = 0; i < 2; i++)
        {
            await page.GotoAsync($"/quan-tri/thong-bao/{noticeId}");
            await page.GetByLabel("Tôi xác nhận thu hồi văn bản này").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Thu hồi", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("thu hồi");
        }

        var recalled = await fixture.Host.WaitForAsync(noticeId, v => v.Deliveries.Any(d => d.Kind == "recall" && d.Status == "sent"), DispatchTimeout);
        var recall = Assert.Single(recalled.Deliveries, d => d.Kind == "recall");
        Assert.Equal("so-tc@langson.example", recall.Address);
        var recallMails = await WaitForMailsAsync(m => m.Subject.Contains("THU HỒI", StringComparison.Ordinal) && m.Subject.Contains("422/TB-UBND", StringComparison.Ordinal), 1);
        Assert.Equal("so-tc@langson.example", Assert.Single(recallMails).To.Single().Value);
        await Artifacts.ScreenshotAsync(page, "thu-hoi-van-ban");
    }

    [Fact]
    public async Task MainPages_Axe_NoSeriousOrCriticalViolation()
    {
        // Another number: a notice with the same number, notation and issuer as an earlier one is held as a duplicate.
        var reviewText = (await File.ReadAllTextAsync(Fixture("doubtful-notice.txt"))).Replace("Số: 417/TB-UBND", "Số: 418/TB-UBND", StringComparison.Ordinal);
        var reviewId = await fixture.Host.UploadAsync("doubtful-axe.txt", System.Text.Encoding.UTF8.GetBytes(reviewText));
        await fixture.Host.WaitForAsync(reviewId, v => v.NoticeStatus == "awaiting-review", DispatchTimeout);
        // A notice another test already dispatched serves for the notice page; only when run alone is one uploaded here.
        var seed = (await fixture.Host.GetNoticesAsync()).FirstOrDefault(n => n.Status == "dispatched")?.Id;
        if (seed is null)
        {
            seed = await fixture.Host.UploadAsync("seed-axe.txt", (await File.ReadAllBytesAsync(Path.Combine(Repo.Root, "seeds", "seed-notice.txt"))).Concat("\n\n"u8.ToArray()).ToArray());
            await fixture.Host.WaitCompleteAsync(seed, DispatchTimeout);
        }

        var results = new List<string>();
        var serious = new List<string>();
        async Task CheckAsync(IPage page, string path, string name)
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var result = await page.RunAxe();
            var counts = result.Violations.GroupBy(v => v.Impact ?? "?").Select(g => $"{g.Key} {g.Count()}");
            results.Add($"{path}: {result.Violations.Length} violations ({string.Join(", ", counts)}), {result.Passes.Length} rules passed");
            serious.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{path}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
            await Artifacts.ScreenshotAsync(page, name);
        }

        await CheckAsync(await fixture.NewPageAsync(), "/dang-nhap", "axe-dang-nhap");
        var clerk = await fixture.SignInClerkAsync();
        await CheckAsync(clerk, "/", "trang-chu-van-thu");
        await CheckAsync(clerk, "/van-thu/tai-len", "tai-len");
        await CheckAsync(clerk, "/van-thu/cho-duyet", "axe-cho-duyet");
        await CheckAsync(clerk, $"/van-thu/thong-bao/{reviewId}", "axe-duyet");
        var phone = await fixture.SignInClerkAsync(phone: true);
        await CheckAsync(phone, $"/van-thu/thong-bao/{reviewId}", "duyet-dien-thoai");
        var admin = await fixture.SignInAdminAsync();
        await CheckAsync(admin, "/quan-tri/thong-bao", "axe-danh-sach");
        await CheckAsync(admin, $"/quan-tri/thong-bao/{seed}", "axe-chi-tiet");

        foreach (var line in results)
        {
            output.WriteLine(line);
        }

        File.WriteAllLines(Path.Combine(Artifacts.Folder, "axe.txt"), results.Concat(serious));

        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }

    /// <summary>Waits until maildev holds <paramref name="count"/> messages matching; fails if more arrive.</summary>
    private async Task<IReadOnlyList<Maildev.MaildevEmail>> WaitForMailsAsync(Func<Maildev.MaildevEmail, bool> match, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        IReadOnlyList<Maildev.MaildevEmail> found = [];
        while (DateTime.UtcNow < deadline)
        {
            found = (await fixture.Emulators.Mail.ListAsync()).Where(match).ToList();
            if (found.Count >= count)
            {
                break;
            }

            await Task.Delay(250);
        }

        await Task.Delay(500);
        found = (await fixture.Emulators.Mail.ListAsync()).Where(match).ToList();
        Assert.Equal(count, found.Count);
        return found;
    }
}
