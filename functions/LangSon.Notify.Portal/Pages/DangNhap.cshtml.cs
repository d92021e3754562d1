using System.Security.Claims;
using LangSon.Notify.Portal.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Portal.Pages;

/// <summary>Sign-in with a local account. Shows no data: nothing here needs a signed-in user.</summary>
[EnableRateLimiting(PortalExtensions.SignInRateLimit)]
public sealed partial class DangNhapModel(IOptionsMonitor<PortalOptions> options, ILogger<DangNhapModel> logger) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public bool Entra => options.CurrentValue.Authentication == PortalAuthenticationMode.Entra;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Entra)
        {
            return BadRequest();
        }

        var account = options.CurrentValue.Accounts.FirstOrDefault(a => string.Equals(a.UserName, UserName?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (!PasswordHashes.Verify(account, Password ?? ""))
        {
            LogRefused(logger, UserName ?? "");
            Error = "Tên đăng nhập hoặc mật khẩu không đúng.";
            return Page();
        }

        var claims = new List<Claim> { new(ClaimTypes.Name, account!.UserName), new("name", account.DisplayName ?? account.UserName) };
        claims.AddRange(account.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal).ConfigureAwait(false);
        LogSignedIn(logger, account.UserName);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Portal sign-in refused for {UserName}")]
    private static partial void LogRefused(ILogger logger, string userName);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Portal sign-in: {UserName}")]
    private static partial void LogSignedIn(ILogger logger, string userName);
}
