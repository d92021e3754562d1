using LangSon.Notify.Core.Dispatch;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Functions;

/// <summary>
/// The recovery sweep on a timer: the schedule is the app setting NOTIFY_RECOVERY_SCHEDULE (NCRONTAB, every two
/// minutes in local.settings.json and the README). The timer runs on one instance at a time.
/// </summary>
internal sealed class RecoveryFunctions(IRecoverySweep sweep, IOptions<RecoveryOptions> options)
{
    public const string ScheduleSetting = "NOTIFY_RECOVERY_SCHEDULE";

    [Function("RecoverySweep")]
    public async Task SweepAsync([TimerTrigger("%" + ScheduleSetting + "%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        if (options.Value.Enabled)
        {
            await sweep.RunAsync(startUp: false, cancellationToken).ConfigureAwait(false);
        }
    }
}
