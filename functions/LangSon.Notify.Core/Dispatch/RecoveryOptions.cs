using System.ComponentModel.DataAnnotations;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>Bound from "Notify:Recovery": the recovery sweep that finds work a crash, a lost event or a storage failure left behind.</summary>
public sealed class RecoveryOptions
{
    public const string SectionName = "Notify:Recovery";

    /// <summary>Run the sweep at all (at start-up and then periodically in the self-host; on the timer in the Functions app).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Time between sweeps in the self-host. The Functions app runs on its timer's schedule instead (NOTIFY_RECOVERY_SCHEDULE).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long a delivery may wait in the queue, or a notice between received and dispatched, before the sweep decides
    /// its message or event was lost and acts. Must outlast the longest retry delay, or a delivery waiting out its backoff
    /// would be queued early (never sent twice: the row's claim prevents that).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "7.00:00:00")]
    public TimeSpan GracePeriod { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The grace period of the self-host's first sweep at start-up: after a crash the dead process's messages stay
    /// invisible for minutes, so at start every waiting delivery is queued again at once (default zero).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan StartupGracePeriod { get; set; } = TimeSpan.Zero;
}
