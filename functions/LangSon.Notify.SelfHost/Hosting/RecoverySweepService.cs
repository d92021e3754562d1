using LangSon.Notify.Core.Dispatch;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.SelfHost.Hosting;

/// <summary>
/// Runs the recovery sweep once the host has started (in the background, so start-up is not delayed) and then every
/// Notify:Recovery:Interval. The first sweep is the crash recovery of a restart.
/// </summary>
internal sealed partial class RecoverySweepService(
    IRecoverySweep sweep,
    IHostApplicationLifetime lifetime,
    IOptions<RecoveryOptions> options,
    TimeProvider time,
    ILogger<RecoverySweepService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken).ConfigureAwait(false);
        }

        using var timer = new PeriodicTimer(options.Value.Interval, time);
        var startUp = true;
        do
        {
            try
            {
                await sweep.RunAsync(startUp, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSweepFailed(ex, options.Value.Interval);
            }

            startUp = false;
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(EventId = 4210, Level = LogLevel.Error, Message = "Recovery sweep failed; the next one runs in {Interval}")]
    private partial void LogSweepFailed(Exception exception, TimeSpan interval);
}
