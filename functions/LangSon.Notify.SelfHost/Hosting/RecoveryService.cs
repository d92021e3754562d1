using LangSon.Notify.Core.Dispatch;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.SelfHost.Hosting;

/// <summary>Runs crash recovery once the host has started, in the background so start-up is not delayed.</summary>
internal sealed partial class RecoveryService(DeliveryRecovery recovery, IHostApplicationLifetime lifetime, IOptions<SelfHostOptions> options, ILogger<RecoveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RecoverOnStart)
        {
            return;
        }

        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken).ConfigureAwait(false);
        }

        try
        {
            await recovery.RecoverAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRecoveryFailed(logger, ex);
        }
    }

    [LoggerMessage(EventId = 4202, Level = LogLevel.Error, Message = "Recovery of unfinished deliveries failed; their messages will reappear when their leases expire")]
    private static partial void LogRecoveryFailed(ILogger logger, Exception exception);
}
