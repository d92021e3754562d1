using System.ComponentModel.DataAnnotations;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>
/// The backoff settings each host reads from its own section (<c>Notify:Functions</c>, <c>Notify:SelfHost</c>,
/// <c>Notify:ServiceBus</c>); one <see cref="RetryBackoff"/> computes the delays for all of them.
/// </summary>
public class RetryBackoffOptions
{
    /// <summary>Wait before the second attempt of a transiently failed delivery; it doubles per attempt up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait, also for a provider's Retry-After; at most 7 days, the longest a storage queue message can stay hidden.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    public RetryBackoff Backoff => new(FirstRetryDelay, MaxRetryDelay);
}
