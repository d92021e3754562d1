using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LangSon.Notify.SelfHost.Status;

/// <summary>/health as JSON: the overall status, each check with its description, and the paused channels.</summary>
internal static class HealthResponse
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
            pausedChannels = report.Entries.Values.SelectMany(e => e.Data.Values).OfType<ChannelPauseView>().ToList(),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }
}
