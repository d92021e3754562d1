using LangSon.Notify.Core.Channels.Pause;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LangSon.Notify.SelfHost.Status;

/// <summary>Unhealthy (503) while any channel is paused, naming each and why: its deliveries wait until someone fixes it.</summary>
internal sealed class ChannelPauseHealthCheck(ChannelPauseStore pauses) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var paused = await pauses.ListAsync(cancellationToken, fresh: true).ConfigureAwait(false);
        if (paused.Count == 0)
        {
            return HealthCheckResult.Healthy();
        }

        var data = paused.ToDictionary(p => p.RowKey, p => (object)new ChannelPauseView(p.RowKey, p.Reason, p.Source, p.PausedAt, p.ProbeAt));
        return HealthCheckResult.Unhealthy(string.Join("; ", paused.Select(p => $"channel {p.RowKey} paused: {p.Reason}")), data: data);
    }
}
