using LangSon.Notify.SelfHost.Tests.Support;
using Microsoft.Playwright;

namespace LangSon.Notify.Portal.Tests.Support;

/// <summary>Azurite, maildev, the real self-host (serving the portal) and a headless Debian chromium, shared by the browser tests.</summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public const string GuestUser = "khach";

    private IPlaywright? _playwright;

    internal Emulators Emulators { get; private set; } = null!;

    internal HostProcess Host { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string GuestPassword { get; } = Guid.NewGuid().ToString("N");

    public static string SelfHostDll => Path.Combine(Repo.Root, "functions", "LangSon.Notify.SelfHost", "bin", Repo.Configuration, "net10.0", "LangSon.Notify.SelfHost.dll");

    public static string ChromiumPath => Environment.GetEnvironmentVariable("NOTIFY_CHROMIUM") ?? "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: .ci/test.sh installs Debian's chromium (apt-get install -y --no-install-recommends chromium).");
        }

        Emulators = await Emulators.StartAsync();
        Host = new HostProcess(Emulators.ConnectionString, Emulators.SmtpPort, new Dictionary<string, string>
        {
            // A failed delivery within seconds when the mail server is down, so retry can be tested.
            ["Notify__Dispatch__MaxAttempts"] = "2",
            // A signed-in user with no portal role: every page must refuse it too.
            ["Portal__Accounts__2__UserName"] = GuestUser,
            ["Portal__Accounts__2__PasswordHash"] = HostProcess.HashPassword(GuestPassword),
            ["Portal__SignInAttemptsPerMinute"] = "500",
            // A paused channel is looked at again within a second or two, so a test can hold sending briefly.
            ["Notify__Channels__PauseDuration"] = "00:00:10",
            ["Notify__Channels__CacheFor"] = "00:00:01",
        }, SelfHostDll);
        await Host.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true });
    }

    /// <summary>A fresh browser context (its own cookies), desktop or phone-sized.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.PortalUrl.ToString(),
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            AcceptDownloads = true,
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the sign-in form; returns the page, on the home page.</summary>
    public async Task<IPage> SignInAsync(string user, string password, bool phone = false)
    {
        var page = await NewPageAsync(phone);
        await page.GotoAsync("/dang-nhap");
        await page.GetByLabel("Tên đăng nhập").FillAsync(user);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return page;
    }

    public Task<IPage> SignInClerkAsync(bool phone = false) => SignInAsync("vanthu", Host.ClerkPassword, phone);

    public Task<IPage> SignInAdminAsync() => SignInAsync("quantri", Host.AdminPassword);

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        Host?.Dispose();
        if (Emulators is not null)
        {
            await Emulators.DisposeAsync();
        }
    }
}
