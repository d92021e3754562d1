using LangSon.Notify.Core.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LangSon.Notify.SelfHost.Status;

/// <summary>Healthy once the host has started and the notices table answers.</summary>
internal sealed class StorageHealthCheck(NotifyStorage storage, IHostApplicationLifetime lifetime) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!lifetime.ApplicationStarted.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("starting");
        }

        try
        {
            await storage.NoticeRows.QueryAsync<Azure.Data.Tables.TableEntity>(maxPerPage: 1, cancellationToken: cancellationToken).AsPages().FirstAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy();
        }
        catch (Azure.RequestFailedException ex)
        {
            return HealthCheckResult.Unhealthy($"storage: {ex.Message}");
        }
    }
}
