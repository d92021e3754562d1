using LangSon.Notify.Core.Receipts;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.SelfHost.Receipts;

/// <summary>The self-host's equivalent of the Functions timer: runs the deadline handler every Notify:Receipts:TimerInterval.</summary>
internal sealed partial class DeadlineTimerService(DeadlineHandler handler, IOptions<ReceiptOptions> options, TimeProvider time, ILogger<DeadlineTimerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.TimerInterval, time);
        do
        {
            try
            {
                var queued = await handler.RunAsync(stoppingToken);
                if (queued > 0)
                {
                    LogQueued(queued);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 4420, Level = LogLevel.Information, Message = "Deadline check queued {Count} follow-ups")]
    private partial void LogQueued(int count);

    [LoggerMessage(EventId = 4421, Level = LogLevel.Error, Message = "Deadline check failed; next run at the next interval")]
    private partial void LogFailed(Exception exception);
}
