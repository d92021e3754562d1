using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using LangSon.Notify.Portal.Tests.Support;
using LangSon.Notify.SelfHost.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LangSon.Notify.Portal.Tests;

/// <summary>
/// The seed dispatched through the host to maildev; two agencies answer through the links in their mails (one accepts
/// and reports a task in progress, one refuses with a reason). The admin's notice page shows the answers 01–06 and the
/// charts count what the receipts API reports.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class PortalMonitoringTests(PortalFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan DispatchTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task DispatchedSeed_AfterAnswers_NoticePageShowsCodesAndChartsCountRight()
    {
        // Its own number, so the duplicate check does not hold it behind another test's copy of the seed.
        var seed = await File.ReadAllTextAsync(Path.Combine(Repo.Root, "seeds", "seed-notice.txt"));
        var text = seed.Replace("Số: /TB-UBND", "Số: 731/TB-UBND", StringComparison.Ordinal);
        Assert.NotEqual(seed, text);
        var noticeId = await fixture.Host.UploadAsync("seed-bieu-do.txt", Encoding.UTF8.GetBytes(text));
        var done = await fixture.Host.WaitForAsync(noticeId, v => v.NoticeStatus == "dispatched" && v.Complete, DispatchTimeout);
        var byId = done.Deliveries.ToDictionary(d => d.Id);

        var mails = await WaitForAckMailsAsync(byId);
        var accepting = mails.First(m => m.Text!.Contains("Báo cáo tiến độ mục", StringComparison.Ordinal));
        var refusing = mails.First(m => byId[m.DeliveryId!].EntryId != byId[accepting.DeliveryId!].EntryId);
        var taskMatch = TaskLink().Match(accepting.Text!);
        var taskLabel = taskMatch.Groups[1].Value;
        using (var agency = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }))
        {
            var confirm = ConfirmLink().Match(accepting.Text!).Groups[1].Value;
            var page = await agency.GetStringAsync(new Uri(confirm));
            var action = new Uri(new Uri(confirm).GetLeftPart(UriPartial.Path));
            await PostAsync(agency, action, page, ("status", "03"));
            var taskPage = await agency.GetStringAsync(new Uri(taskMatch.Groups[2].Value));
            await PostAsync(agency, action, taskPage, ("status", "05"), ("task", taskLabel), ("note", "Đang tổng hợp số liệu"));
        }

        using (var agency = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }))
        {
            var confirm = ConfirmLink().Match(refusing.Text!).Groups[1].Value;
            var page = await agency.GetStringAsync(new Uri(confirm));
            await PostAsync(agency, new Uri(new Uri(confirm).GetLeftPart(UriPartial.Path)), page, ("status", "02"), ("reason", "Không thuộc thẩm quyền của đơn vị"));
        }

        // What the charts must count, from the receipts API (another reader of the same tables).
        using var api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{fixture.Host.Port}/") };
        api.DefaultRequestHeaders.Add("X-Api-Key", fixture.Host.ApiKey);
        var receipts = JsonNode.Parse(await api.GetStringAsync($"api/notices/{noticeId}/receipts"))!["agencies"]!.AsArray().Select(a => a!).ToList();
        static bool Dispatch(JsonNode d) => d["kind"]!.GetValue<string>() is "notice" or "resend";
        var agencies = receipts.Where(a => a["deliveries"]!.AsArray().Any(d => Dispatch(d!))).ToList();
        int[] expected =
        [
            agencies.Count,
            agencies.Count(a => a["deliveries"]!.AsArray().Any(d => Dispatch(d!) && d!["status"]!.GetValue<string>() == "sent")),
            agencies.Count(a => a["answer"] is not null),
            agencies.Count(a => a["answer"]?.GetValue<string>() is "02" or "03" || a["tasks"]!.AsArray().Any(t => t!["status"] is not null)),
        ];
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var overdue = agencies.Where(a => a["answer"]?.GetValue<string>() != "02")
            .Select(a => (Agency: a["agency"]!.GetValue<string>(), Count: a["tasks"]!.AsArray().Count(t =>
                DateOnly.Parse(t!["dueDate"]!.GetValue<string>(), CultureInfo.InvariantCulture) < today && t["status"]?.GetValue<string>() != "06")))
            .Where(a => a.Count > 0)
            .ToDictionary(a => a.Agency, a => a.Count);
        output.WriteLine($"funnel expected {string.Join(" → ", expected)}; overdue {overdue.Values.Sum()} tasks at {overdue.Count} agencies");
        Assert.Equal(2, expected[3]);

        var admin = await fixture.SignInAdminAsync();
        await admin.GotoAsync($"/quan-tri/thong-bao/{noticeId}");
        Assert.Equal(expected, await BarValuesAsync(admin, "#pheu-van-ban"));

        var acceptingEntry = byId[accepting.DeliveryId!].EntryId;
        var refusingEntry = byId[refusing.DeliveryId!].EntryId;
        var acceptingItem = await FindAnswerAsync(admin, noticeId, acceptingEntry);
        await Assertions.Expect(acceptingItem.Locator(".answer")).ToContainTextAsync("03 đã tiếp nhận");
        var taskRow = acceptingItem.Locator("table.tasks tr", new() { HasText = taskLabel }).First;
        await Assertions.Expect(taskRow).ToContainTextAsync("05 đang xử lý");
        await Assertions.Expect(taskRow).ToContainTextAsync("Đang tổng hợp số liệu");
        Assert.Matches(@"\d{2}/\d{2}/\d{4}", await taskRow.Locator("td").Nth(1).InnerTextAsync());
        await Artifacts.ScreenshotAsync(admin, "chi-tiet-tra-loi");

        // The event history of the accepting agency's delivery holds its answers.
        var agencyName = byId[accepting.DeliveryId!].Agency;
        var history = await FindOnPagesAsync(admin, noticeId, p => p.GetByRole(AriaRole.Button, new() { Name = $"Lịch sử lượt gửi tới {agencyName} qua Thư điện tử" }).First);
        await history.ClickAsync();
        await Assertions.Expect(admin.Locator(".events").First).ToContainTextAsync("03 đã tiếp nhận");

        var refusingItem = await FindAnswerAsync(admin, noticeId, refusingEntry);
        await Assertions.Expect(refusingItem.Locator(".answer")).ToContainTextAsync("02 từ chối tiếp nhận");
        await Assertions.Expect(refusingItem.Locator(".answer")).ToContainTextAsync("Không thuộc thẩm quyền của đơn vị");

        // The charts of this notice: the same funnel, one acknowledgement time per answering agency, overdue tasks.
        await admin.GotoAsync($"/quan-tri/bieu-do?vb={noticeId}");
        Assert.Equal(expected, await BarValuesAsync(admin, "#pheu-tong"));
        var answeredNames = new[] { byId[accepting.DeliveryId!].Agency, byId[refusing.DeliveryId!].Agency }.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(answeredNames, (await admin.Locator("#thoi-gian-tra-loi tbody th").AllInnerTextsAsync()).Select(s => s.Trim()).Order(StringComparer.Ordinal).ToList());
        var overdueShown = new Dictionary<string, int>();
        foreach (var row in await admin.Locator("#nhiem-vu-qua-han tbody tr").AllAsync())
        {
            overdueShown[(await row.Locator("th").InnerTextAsync()).Trim()] = int.Parse(await row.Locator("td.bar-value").GetAttributeAsync("data-value") ?? "-1", CultureInfo.InvariantCulture);
        }

        Assert.Equal(overdue.OrderBy(o => o.Key, StringComparer.Ordinal), overdueShown.OrderBy(o => o.Key, StringComparer.Ordinal));
        await Artifacts.ScreenshotAsync(admin, "bieu-do-van-ban");

        // The period view counts this notice among the others.
        await admin.GotoAsync("/quan-tri/bieu-do");
        var total = await BarValuesAsync(admin, "#pheu-tong");
        Assert.True(total[0] >= expected[0] && total[3] >= expected[3], $"period funnel {string.Join(",", total)} includes the notice's");
        await Assertions.Expect(admin.Locator("table.funnel-notices")).ToContainTextAsync("731/TB-UBND");
        await Artifacts.ScreenshotAsync(admin, "bieu-do");

        await AssertAxeAndPhoneAsync([$"/quan-tri/bieu-do?vb={noticeId}", "/quan-tri/bieu-do", $"/quan-tri/thong-bao/{noticeId}"], "theo-doi");
    }

    [Fact]
    public async Task DirectoryContacts_ClerkRefused_AdminEditPersistsWithWhoAndWhen()
    {
        const string File = "directory-2025.json";
        var blob = new Azure.Storage.Blobs.BlobServiceClient(fixture.Emulators.ConnectionString).GetBlobContainerClient("directory").GetBlobClient(File);
        var before = await blob.GetPropertiesAsync();

        // A clerk can neither open the directory nor post a change, even with a valid antiforgery token of its own.
        var clerk = await fixture.SignInClerkAsync();
        Assert.Equal(403, (await clerk.GotoAsync("/quan-tri/danh-ba"))!.Status);
        await clerk.GotoAsync("/van-thu/tai-len");
        var clerkToken = await clerk.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
        var forged = await clerk.Context.APIRequest.PostAsync("/quan-tri/danh-ba/directory-2025.json/ban-to-chuc-tu", new()
        {
            Form = clerk.Context.APIRequest.CreateFormData().Set("__RequestVerificationToken", clerkToken!).Set("etag", before.Value.ETag.ToString()).Set("emails", "ke-gia-mao@langson.example").Set("mobiles", ""),
            MaxRedirects = 0,
        });
        // Refused as every wrong-role request is: 403, or a redirect to the refusal page.
        Assert.True(forged.Status == 403 || (forged.Status == 302 && forged.Headers.GetValueOrDefault("location", "").Contains("/tu-choi", StringComparison.Ordinal)), $"{forged.Status} {forged.Headers.GetValueOrDefault("location")}");
        Assert.Equal(before.Value.ETag, (await blob.GetPropertiesAsync()).Value.ETag);

        // Browse: search by name without diacritics, and a group's members.
        var admin = await fixture.SignInAdminAsync();

        // An admin's post without the form's antiforgery token is refused too.
        var tokenless = await admin.Context.APIRequest.PostAsync("/quan-tri/danh-ba/directory-2025.json/ban-to-chuc-tu", new()
        {
            Form = admin.Context.APIRequest.CreateFormData().Set("etag", before.Value.ETag.ToString()).Set("emails", "khong-co-ma@langson.example").Set("mobiles", ""),
            MaxRedirects = 0,
        });
        Assert.Equal(400, tokenless.Status);
        Assert.Equal(before.Value.ETag, (await blob.GetPropertiesAsync()).Value.ETag);
        await admin.GotoAsync("/quan-tri/danh-ba");
        await admin.GetByLabel("Tìm (tên, tên viết tắt, mã, thư điện tử)").FillAsync("ban to chuc tinh uy");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
        await Assertions.Expect(admin.Locator("table.directory tbody tr")).ToHaveCountAsync(1);
        await admin.GotoAsync("/quan-tri/danh-ba?nhom=ban-dang-tinh-uy");
        await Assertions.Expect(admin.Locator("table.directory")).ToContainTextAsync("Ban Tổ chức Tỉnh ủy");
        await Artifacts.ScreenshotAsync(admin, "danh-ba");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Ban Tổ chức Tỉnh ủy" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Ban Tổ chức Tỉnh ủy", Level = 1 })).ToBeVisibleAsync();

        // An invalid address is refused and nothing is written.
        await admin.GetByLabel("Thư điện tử (mỗi dòng một địa chỉ)").FillAsync("khong-phai-dia-chi");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Lưu liên hệ" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Alert)).ToContainTextAsync("không phải địa chỉ thư điện tử");
        Assert.Equal(before.Value.ETag, (await blob.GetPropertiesAsync()).Value.ETag);

        // Someone else writes the file after the form was loaded: the save is refused, then succeeds on the fresh form.
        await admin.GotoAsync("/quan-tri/danh-ba/directory-2025.json/ban-to-chuc-tu");
        var content = (await blob.DownloadContentAsync()).Value.Content;
        await blob.UploadAsync(content, overwrite: true);
        await admin.GetByLabel("Thư điện tử (mỗi dòng một địa chỉ)").FillAsync("to-chuc.moi@langson.example");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Lưu liên hệ" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Alert)).ToContainTextAsync("vừa được người khác sửa");
        Assert.DoesNotContain("to-chuc.moi@langson.example", (await blob.DownloadContentAsync()).Value.Content.ToString(), StringComparison.Ordinal);

        await admin.GetByLabel("Thư điện tử (mỗi dòng một địa chỉ)").FillAsync("to-chuc.moi@langson.example\nvan-thu.btc@langson.example");
        await admin.GetByLabel("Số di động (mỗi dòng một số, dạng +84…)").FillAsync("+84999555188");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Lưu liên hệ" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu liên hệ");
        await Assertions.Expect(admin.GetByLabel("Thư điện tử (mỗi dòng một địa chỉ)")).ToHaveValueAsync("to-chuc.moi@langson.example\nvan-thu.btc@langson.example");
        await Assertions.Expect(admin.Locator(".history li").First).ToContainTextAsync("quantri");
        Assert.Matches(@"\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}", await admin.Locator(".history li").First.InnerTextAsync());
        await Artifacts.ScreenshotAsync(admin, "danh-ba-sua-lien-he");

        // Persisted where hosts read the directory, still a valid directory, other entries untouched.
        var saved = JsonNode.Parse((await blob.DownloadContentAsync()).Value.Content.ToString())!;
        var entries = saved["entries"]!.AsArray();
        var edited = entries.Single(e => e!["id"]!.GetValue<string>() == "ban-to-chuc-tu")!;
        Assert.Equal(["to-chuc.moi@langson.example", "van-thu.btc@langson.example"], edited["contacts"]!["emails"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.Equal(["+84999555188"], edited["contacts"]!["mobiles"]!.AsArray().Select(e => e!.GetValue<string>()));
        var original = JsonNode.Parse(await System.IO.File.ReadAllTextAsync(Path.Combine(Repo.Root, "seeds", File)))!["entries"]!.AsArray();
        Assert.Equal(original.Count, entries.Count);
        Assert.True(JsonNode.DeepEquals(original.Single(e => e!["id"]!.GetValue<string>() == "so-tc"), entries.Single(e => e!["id"]!.GetValue<string>() == "so-tc")));
        using var stream = new MemoryStream((await blob.DownloadContentAsync()).Value.Content.ToArray());
        Assert.Empty(LangSon.Notify.Understanding.Directory.DirectoryLoader.Check(stream, File).Errors);

        await AssertAxeAndPhoneAsync(["/quan-tri/danh-ba", "/quan-tri/danh-ba?nhom=ban-dang-tinh-uy", "/quan-tri/danh-ba/directory-2025.json/ban-to-chuc-tu", "/quan-tri/danh-ba/directory-2025.json/so-tc"], "danh-ba");
    }

    /// <summary>No serious or critical axe violation, and no sideways scroll of the page at 360 px; screenshots at both widths.</summary>
    private async Task AssertAxeAndPhoneAsync(IReadOnlyList<string> paths, string prefix)
    {
        var admin = await fixture.SignInAdminAsync();
        var phone = await fixture.SignInAdminAsync();
        await phone.SetViewportSizeAsync(360, 780);
        var problems = new List<string>();
        var lines = new List<string>();
        for (var i = 0; i < paths.Count; i++)
        {
            await admin.GotoAsync(paths[i]);
            await admin.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var result = await admin.RunAxe();
            lines.Add($"{paths[i]}: {result.Violations.Length} violations, {result.Passes.Length} rules passed");
            problems.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{paths[i]}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
            await Artifacts.ScreenshotAsync(admin, $"axe-{prefix}-{i}");

            await phone.GotoAsync(paths[i]);
            await phone.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var width = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (width > 360)
            {
                problems.Add($"{paths[i]}: {width} px wide at 360 px");
            }

            await Artifacts.ScreenshotAsync(phone, $"{prefix}-360-{i}");
        }

        System.IO.File.AppendAllLines(Path.Combine(Artifacts.Folder, "axe-monitoring.txt"), lines.Concat(problems));
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The agency's item in the answers section, paging through the deliveries until it is on the page.</summary>
    private static Task<ILocator> FindAnswerAsync(IPage page, string noticeId, string entryId) =>
        FindOnPagesAsync(page, noticeId, p => p.Locator($".answers li[data-entry='{entryId}']"));

    private static async Task<ILocator> FindOnPagesAsync(IPage page, string noticeId, Func<IPage, ILocator> find)
    {
        await page.GotoAsync($"/quan-tri/thong-bao/{noticeId}");
        for (var i = 0; i < 20; i++)
        {
            var item = find(page);
            if (await item.CountAsync() >= 1)
            {
                return item;
            }

            var next = page.GetByRole(AriaRole.Link, new() { Name = "Trang sau »" });
            Assert.True(await next.CountAsync() > 0, "on no page of the notice");
            await next.ClickAsync();
            await page.WaitForLoadStateAsync(LoadState.Load);
        }

        throw new InvalidOperationException("not found on 20 pages");
    }

    private static async Task<int[]> BarValuesAsync(IPage page, string chart) =>
        (await page.Locator($"{chart} td.bar-value").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.value)"))
            .Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray();

    private async Task<List<Maildev.MaildevEmail>> WaitForAckMailsAsync(IReadOnlyDictionary<string, HostProcess.DeliveryView> byId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var found = (await fixture.Emulators.Mail.ListAsync())
                .Where(m => m.DeliveryId is { } id && byId.ContainsKey(id) && m.Text is not null && m.Text.Contains("Xác nhận đã nhận:", StringComparison.Ordinal))
                .ToList();
            if ((found.Any(m => m.Text!.Contains("Báo cáo tiến độ mục", StringComparison.Ordinal)) && found.Select(m => byId[m.DeliveryId!].EntryId).Distinct().Count() >= 2) || DateTime.UtcNow > deadline)
            {
                Assert.True(found.Count >= 2, $"{found.Count} mails with acknowledgement links arrived");
                return found;
            }

            await Task.Delay(250);
        }
    }

    private static async Task PostAsync(HttpClient browser, Uri action, string page, params (string Name, string Value)[] fields)
    {
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token)));
        using var response = await browser.PostAsync(action, new FormUrlEncodedContent(form));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode && body.Contains("Đã ghi nhận", StringComparison.Ordinal), body);
    }

    [GeneratedRegex(@"Xác nhận đã nhận: (\S+)")]
    private static partial Regex ConfirmLink();

    [GeneratedRegex(@"Báo cáo tiến độ mục (\S+): (\S+)")]
    private static partial Regex TaskLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
