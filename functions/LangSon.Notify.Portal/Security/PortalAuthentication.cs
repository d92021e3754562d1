using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Identity.Web;

namespace LangSon.Notify.Portal.Security;

/// <summary>
/// Sign-in and roles. One policy scheme picks the handler per request: /api/* and any request with X-Api-Key use the
/// API key; pages use the session cookie, signed in by local accounts or by Entra ID. The fallback policy requires
/// a signed-in user, so an endpoint without its own policy is still closed; endpoints marked AllowAnonymous (sign-in
/// page, health, signed webhooks) stay open.
/// </summary>
internal static class PortalAuthentication
{
    public const string SelectorScheme = "Portal";
    public const string CookieName = "LangSon.Portal";

    public static void AddPortalAuthentication(this WebApplicationBuilder builder, PortalOptions portal)
    {
        var services = builder.Services;
        var entra = portal.Authentication == PortalAuthenticationMode.Entra;
        var pageScheme = entra ? OpenIdConnectDefaults.AuthenticationScheme : CookieAuthenticationDefaults.AuthenticationScheme;
        var authentication = services.AddAuthentication(o =>
        {
            o.DefaultScheme = SelectorScheme;
            o.DefaultChallengeScheme = SelectorScheme;
            o.DefaultForbidScheme = SelectorScheme;
        });
        authentication.AddPolicyScheme(SelectorScheme, "Cổng thông tin", o =>
            o.ForwardDefaultSelector = context => IsApi(context.Request) ? ApiKeyAuthenticationHandler.SchemeName : pageScheme);
        authentication.AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);

        if (entra)
        {
            // Entra ID: OpenID Connect signs in into the cookie; app roles arrive in the "roles" claim.
            authentication.AddMicrosoftIdentityWebApp(builder.Configuration.GetSection("AzureAd"), OpenIdConnectDefaults.AuthenticationScheme, CookieAuthenticationDefaults.AuthenticationScheme);
            services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o => o.TokenValidationParameters.RoleClaimType = "roles");
            services.Configure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, o => ConfigureCookie(o, portal, SameSiteMode.Lax));
        }
        else
        {
            authentication.AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, o => ConfigureCookie(o, portal, SameSiteMode.Strict));
        }

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(PortalPolicies.Clerk, p => p.RequireRole(PortalRoles.Clerk))
            .AddPolicy(PortalPolicies.Admin, p => p.RequireRole(PortalRoles.Admin))
            .AddPolicy(PortalPolicies.User, p => p.RequireRole(PortalRoles.Clerk, PortalRoles.Admin))
            .AddPolicy(PortalPolicies.Api, p => p.RequireRole(PortalRoles.Api));

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "LangSon.Portal.Antiforgery";
            // Antiforgery refuses to run at all over plain HTTP with "Always"; the session cookie, which carries the
            // sign-in, stays Secure always (browsers keep Secure cookies for http://localhost in the local run).
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
    }

    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName);

    private static void ConfigureCookie(CookieAuthenticationOptions o, PortalOptions portal, SameSiteMode sameSite)
    {
        o.Cookie.Name = CookieName;
        o.Cookie.HttpOnly = true;
        o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        o.Cookie.SameSite = sameSite;
        o.ExpireTimeSpan = portal.SessionLifetime;
        o.SlidingExpiration = true;
        o.LoginPath = "/dang-nhap";
        o.LogoutPath = "/dang-xuat";
        o.AccessDeniedPath = "/tu-choi";
    }
}
