using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Core.Tests.Support;
using Microsoft.Playwright;

namespace LangSon.Notify.Core.Tests.Channels.Email;

/// <summary>
/// The seed's email rendered in Debian's headless chromium for three kinds of recipient, at phone and desktop widths.
/// Screenshots are kept under .artifacts/email/ for a person to look at.
/// </summary>
public sealed class SeedEmailRenderingTests : IAsyncLifetime
{
    private static string ChromiumPath => Environment.GetEnvironmentVariable("NOTIFY_CHROMIUM") ?? "/usr/bin/chromium";

    private static readonly string Artifacts = System.IO.Directory.CreateDirectory(Path.Combine(Repository.Root, ".artifacts", "email")).FullName;

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: .ci/test.sh installs Debian's chromium (apt-get install -y --no-install-recommends chromium).");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    public static TheoryData<string> Kinds => ["lead", "group-only", "for-information"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Render_SeedEmail_SummaryFirstAndNoHorizontalScrollOnAPhone(string kind)
    {
        var plan = SeedPlan.Value;
        var recipient = Pick(plan, kind);
        var delivery = new DeliveryRecord { PartitionKey = plan.NoticeId, RowKey = $"seed.{recipient.EntryId}.email", EntryId = recipient.EntryId, AgencyName = recipient.Name, Channel = "email", Address = "vanthu@langson.example" };
        var email = await Composers.Email().ComposeAsync(plan, recipient, delivery, CancellationToken.None);
        await File.WriteAllTextAsync(Path.Combine(Artifacts, $"{kind}.html"), email.HtmlBody);
        await File.WriteAllTextAsync(Path.Combine(Artifacts, $"{kind}.txt"), $"Subject: {email.Subject}\n\n{email.TextBody}");

        foreach (var width in new[] { 360, 1200 })
        {
            var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 }, Locale = "vi-VN" });
            var page = await context.NewPageAsync();
            await page.SetContentAsync(email.HtmlBody);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, $"{kind}-{width}.png"), FullPage = true });

            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            var clientWidth = await page.EvaluateAsync<int>("() => document.documentElement.clientWidth");
            Assert.True(scrollWidth <= clientWidth, $"{kind} at {width}px scrolls sideways: {scrollWidth} > {clientWidth}");

            // Below the greeting and the title, the first block the reader meets is the summary box.
            var firstBlock = await page.EvaluateAsync<string>("() => document.querySelector('h1').nextElementSibling.id");
            Assert.Equal("summary", firstBlock);
            var headings = await page.Locator("h2").AllInnerTextsAsync();
            Assert.Equal(kind == "for-information" ? "Văn bản gửi để biết" : "Nhiệm vụ của cơ quan, đơn vị", headings[0]);
            var fontSize = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.excerpt p, .summary p, .summary td')).fontSize");
            Assert.True(double.Parse(fontSize.Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) >= 14, fontSize);
            await context.CloseAsync();
        }

        // The seed's review of results and difficulties is named by its title, never quoted.
        Assert.Contains("1. Về kết quả nổi bật", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Recipients.SelectMany(r => r.Excerpts), e => e.Text.Contains("Về kết quả nổi bật", StringComparison.Ordinal));

        if (kind == "lead")
        {
            Assert.Contains("Mục (7)", email.HtmlBody, StringComparison.Ordinal);
            Assert.Equal("lead", recipient.Excerpts[0].Reason);
        }
    }

    private static PlanRecipient Pick(DispatchPlan plan, string kind) => kind switch
    {
        "lead" => plan.Recipients.Single(r => r.EntryId == "so-khdt"),
        "group-only" => plan.Recipients
            .Where(r => r.Excerpts.Any(e => e.Reason == "group") && r.Excerpts.All(e => e.Reason is "group" or "field" or "general"))
            .OrderBy(r => r.Name.StartsWith("Chủ tịch", StringComparison.Ordinal) || r.Name.StartsWith("Phó", StringComparison.Ordinal) || r.Name.StartsWith("Các Phó", StringComparison.Ordinal) ? 1 : 0).ThenBy(r => r.EntryId, StringComparer.Ordinal)
            .First(),
        _ => plan.Recipients.Single(r => r.EntryId == "bi-thu-tinh-uy"),
    };
}
