using System.Threading.RateLimiting;
using LangSon.Notify.Portal.Agencies;
using LangSon.Notify.Portal.Hosting;
using LangSon.Notify.Portal.Monitoring;
using LangSon.Notify.Portal.Security;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Portal;

public static class PortalExtensions
{
    public const string SignInRateLimit = "portal-sign-in";

    /// <summary>The portal's pages, sign-in (local accounts or Entra ID), roles, API keys and antiforgery. Call after AddNotifyCore.</summary>
    public static WebApplicationBuilder AddNotifyPortal(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(PortalOptions.SectionName);
        builder.Services.AddOptions<PortalOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        var portal = section.Get<PortalOptions>() ?? new PortalOptions();

        builder.AddPortalAuthentication(portal);
        builder.Services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeFolder("/VanThu", PortalPolicies.Clerk);
                o.Conventions.AuthorizeFolder("/QuanTri", PortalPolicies.Admin);
                o.Conventions.AuthorizePage("/Index", PortalPolicies.User);
                o.Conventions.AllowAnonymousToPage("/DangNhap");
            })
            .ConfigureApplicationPartManager(parts =>
            {
                // The self-host finds the portal's pages through this; the portal's own build already lists them.
                var assembly = typeof(PortalExtensions).Assembly;
                if (!parts.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == assembly))
                {
                    parts.ApplicationParts.Add(new AssemblyPart(assembly));
                }
            });
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "?",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = portal.SignInAttemptsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        builder.Services.AddSingleton<PortalReader>();
        builder.Services.AddSingleton<ProgressSnapshots>();
        builder.Services.AddSingleton<MonitoringReader>();
        builder.Services.AddSingleton<OverviewBuilder>();
        builder.Services.AddSingleton<DirectoryEditor>();
        builder.Services.AddSingleton<AgencyDeliveries>();
        builder.Services.AddHostedService<NoticeIndexBackfill>();
        return builder;
    }

    /// <summary>Static files, authentication, authorization and the pages. Call before mapping other endpoints.</summary>
    public static WebApplication MapNotifyPortal(this WebApplication app)
    {
        // Served before authentication: the sign-in page needs its stylesheet, and these files hold no data.
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(PortalExtensions).Assembly, "assets"),
            RequestPath = "/assets",
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "SAMEORIGIN";
            headers["Referrer-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-src 'self'; form-action 'self'; frame-ancestors 'self'";
            await next(context).ConfigureAwait(false);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapRazorPages();
        return app;
    }
}
