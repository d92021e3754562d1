using LangSon.Notify.Portal.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace LangSon.Notify.SelfHost.Status;

/// <summary>The self-host's JSON status API; public so the test host composes the same endpoints.</summary>
public static class StatusApi
{
    public const string ContinuationHeader = "X-Continuation";

    /// <summary>
    /// GET /health (anonymous; 503 naming each paused channel and why), and with an API key (X-Api-Key):
    /// GET /api/channels (the paused channels), GET /api/notices (newest first, one page; the next
    /// page's token in the X-Continuation header, passed back as ?continuation=), GET /api/notices/{id},
    /// GET /api/notices/{id}/deliveries. Read-only.
    /// </summary>
    public static WebApplication MapNotifyStatusApi(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
        app.MapGet("/api/channels", async (StatusReader reader, CancellationToken ct) => Results.Ok(await reader.ListPausedChannelsAsync(ct)))
            .RequireAuthorization(PortalPolicies.Api);
        var api = app.MapGroup("/api/notices").RequireAuthorization(PortalPolicies.Api);
        api.MapGet("/", async (HttpContext context, StatusReader reader, int? max, string? continuation, CancellationToken ct) =>
        {
            var (notices, next) = await reader.ListNoticesAsync(Math.Clamp(max ?? 100, 1, 1000), continuation, ct);
            if (next is not null)
            {
                context.Response.Headers[ContinuationHeader] = next;
            }

            return Results.Ok(notices);
        });
        api.MapGet("/{id}", async (StatusReader reader, string id, CancellationToken ct) =>
            await reader.GetNoticeAsync(id, ct) is { } notice ? Results.Ok(notice) : Results.NotFound(new { error = $"no notice with id {id}" }));
        api.MapGet("/{id}/deliveries", async (StatusReader reader, string id, CancellationToken ct) =>
            await reader.GetDeliveriesAsync(id, ct) is { } deliveries ? Results.Ok(deliveries) : Results.NotFound(new { error = $"no notice with id {id}" }));
        return app;
    }
}
