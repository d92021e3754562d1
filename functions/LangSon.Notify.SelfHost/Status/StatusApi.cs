namespace LangSon.Notify.SelfHost.Status;

internal static class StatusApi
{
    /// <summary>GET /health, GET /api/notices, GET /api/notices/{id}, GET /api/notices/{id}/deliveries. Read-only.</summary>
    public static WebApplication MapNotifyStatusApi(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        var api = app.MapGroup("/api/notices");
        api.MapGet("/", async (StatusReader reader, int? max, CancellationToken ct) => Results.Ok(await reader.ListNoticesAsync(Math.Clamp(max ?? 100, 1, 1000), ct)));
        api.MapGet("/{id}", async (StatusReader reader, string id, CancellationToken ct) =>
            await reader.GetNoticeAsync(id, ct) is { } notice ? Results.Ok(notice) : Results.NotFound(new { error = $"no notice with id {id}" }));
        api.MapGet("/{id}/deliveries", async (StatusReader reader, string id, CancellationToken ct) =>
            await reader.GetDeliveriesAsync(id, ct) is { } deliveries ? Results.Ok(deliveries) : Results.NotFound(new { error = $"no notice with id {id}" }));
        return app;
    }
}
