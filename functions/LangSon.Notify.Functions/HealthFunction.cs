using LangSon.Notify.Core.Channels.Pause;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace LangSon.Notify.Functions;

internal sealed class HealthFunction(ChannelPauseStore pauses, TimeProvider time)
{
    /// <summary>
    /// For probes and availability tests: 200 while every channel runs, 503 naming each paused channel and why. Reads
    /// only the pause rows (cached for a few seconds), never the providers.
    /// </summary>
    [Function("Health")]
    public async Task<IActionResult> HealthAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request, CancellationToken cancellationToken)
    {
        var paused = await pauses.ListAsync(cancellationToken).ConfigureAwait(false);
        if (paused.Count == 0)
        {
            return new OkObjectResult(new { status = "ok", time = time.GetUtcNow() });
        }

        var channels = paused.Select(p => new { channel = p.RowKey, reason = p.Reason, source = p.Source, pausedAt = p.PausedAt, probeAt = p.ProbeAt }).ToList();
        return new ObjectResult(new { status = "paused", time = time.GetUtcNow(), pausedChannels = channels }) { StatusCode = StatusCodes.Status503ServiceUnavailable };
    }
}
