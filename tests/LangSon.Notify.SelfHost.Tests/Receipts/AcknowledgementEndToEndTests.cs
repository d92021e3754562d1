using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LangSon.Notify.SelfHost.Tests.Support;

namespace LangSon.Notify.SelfHost.Tests.Receipts;

/// <summary>
/// The seed notice dispatched through the host to maildev; an agency follows the link in its mail, answers 03 and
/// reports a task done; the receipts API and <c>notify status</c> then tell the same story.
/// </summary>
[Collection(ReceiptsCollection.Name)]
public sealed partial class AcknowledgementEndToEndTests(ReceiptsHost fixture)
{
    [Fact]
    public async Task AckLink_FromReceivedMail_GetShowsPagePostRecordsOnceAndStatusViewsAgree()
    {
        var content = await File.ReadAllBytesAsync(Path.Combine(Repo.Root, "seeds", "seed-notice.txt"));
        var noticeId = await fixture.Host.UploadAsync("thong-bao-xac-nhan.txt", content);
        await fixture.Host.WaitCompleteAsync(noticeId, TimeSpan.FromSeconds(90));

        var mail = (await fixture.Emulators.Mail.ListAsync()).First(m => m.Text is not null && m.Text.Contains("Báo cáo tiến độ mục", StringComparison.Ordinal));
        var confirm = ConfirmLink().Match(mail.Text!).Groups[1].Value;
        var taskMatch = TaskLink().Match(mail.Text!);
        var (taskLabel, taskUrl) = (taskMatch.Groups[1].Value, taskMatch.Groups[2].Value);
        Assert.Contains($"href=\"{confirm}\"", mail.Html, StringComparison.Ordinal);
        Assert.StartsWith($"http://127.0.0.1:{fixture.Host.Port}/ack/", confirm, StringComparison.Ordinal);

        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { Timeout = TimeSpan.FromSeconds(30) };
        var before = await fixture.SettledSnapshotAsync(noticeId);
        var page = await browser.GetStringAsync(new Uri(confirm));
        Assert.Contains("Xác nhận đã nhận", page, StringComparison.Ordinal);
        Assert.Contains("01 đã đến", page, StringComparison.Ordinal);
        Assert.Equal(before, await fixture.SnapshotAsync(noticeId));

        var action = new Uri(new Uri(confirm).GetLeftPart(UriPartial.Path));
        var noToken = await browser.PostAsync(action, new FormUrlEncodedContent([new("status", "03")]));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(before, await fixture.SnapshotAsync(noticeId));

        var accepted = await PostAsync(browser, action, page, ("status", "03"));
        Assert.Contains("Đã ghi nhận: 03 đã tiếp nhận.", accepted, StringComparison.Ordinal);

        var taskPage = await browser.GetStringAsync(new Uri(taskUrl));
        var done = await PostAsync(browser, action, taskPage, ("status", "06"), ("task", taskLabel), ("note", "Đã hoàn thành, báo cáo gửi kèm"));
        Assert.Contains($"Đã ghi nhận: mục {taskLabel}: 06 đã xử lý xong.", done, StringComparison.Ordinal);

        var afterAnswers = await fixture.SnapshotAsync(noticeId);
        var again = await PostAsync(browser, action, done, ("status", "03"));
        var backwards = await PostAsync(browser, action, again, ("status", "05"), ("task", taskLabel));
        Assert.Contains("Không ghi nhận thêm", again, StringComparison.Ordinal);
        Assert.Contains("Không ghi nhận thêm", backwards, StringComparison.Ordinal);
        Assert.Equal(afterAnswers, await fixture.SnapshotAsync(noticeId));

        var api = JsonNode.Parse(await fixture.Http.GetStringAsync($"api/notices/{noticeId}/receipts"))!;
        var agency = api["agencies"]!.AsArray().Single(a => a!["deliveries"]!.AsArray().Any(d => d!["deliveryId"]!.GetValue<string>() == mail.DeliveryId))!;
        Assert.Equal("03", agency["answer"]!.GetValue<string>());
        var task = agency["tasks"]!.AsArray().Single(t => t!["label"]!.GetValue<string>() == taskLabel)!;
        Assert.Equal("06", task["status"]!.GetValue<string>());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", task["dueDate"]!.GetValue<string>());
        Assert.Equal("accepted", agency["deliveries"]!.AsArray().First(d => d!["channel"]!.GetValue<string>() == "email")!["providerState"]!.GetValue<string>());

        var cliJson = JsonNode.Parse(await NotifyAsync("status", noticeId, "--storage", fixture.Emulators.ConnectionString, "--json"));
        Assert.True(JsonNode.DeepEquals(api, cliJson), $"API and CLI differ:\n{api}\n---\n{cliJson}");
        var table = await NotifyAsync("status", noticeId[..10], "--storage", fixture.Emulators.ConnectionString);
        Assert.Contains(agency["agency"]!.GetValue<string>(), table, StringComparison.Ordinal);
        Assert.Contains("answer   03 đã tiếp nhận", table, StringComparison.Ordinal);
        Assert.Contains($"06 đã xử lý xong, due {task["dueDate"]!.GetValue<string>()}", table, StringComparison.Ordinal);
    }

    private static async Task<string> PostAsync(HttpClient browser, Uri action, string page, params (string Name, string Value)[] fields)
    {
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token)));
        using var response = await browser.PostAsync(action, new FormUrlEncodedContent(form));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return body;
    }

    private static async Task<string> NotifyAsync(params string[] args)
    {
        var dll = Path.Combine(Repo.Root, "functions", "LangSon.Notify.Cli", "bin", Repo.Configuration, "net10.0", "notify.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"notify {string.Join(' ', args)} exited {process.ExitCode}: {await error}");
        return await output;
    }

    [GeneratedRegex(@"Xác nhận đã nhận: (\S+)")]
    private static partial Regex ConfirmLink();

    [GeneratedRegex(@"Báo cáo tiến độ mục (\S+): (\S+)")]
    private static partial Regex TaskLink();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
