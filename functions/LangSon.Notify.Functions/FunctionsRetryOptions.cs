using System.ComponentModel.DataAnnotations;

namespace LangSon.Notify.Functions;

/// <summary>
/// Section <c>Notify:Functions</c>. A transiently failed send is re-enqueued hidden for this backoff (or the provider's
/// Retry-After) rather than left to host.json's fixed visibilityTimeout; host.json's maxDequeueCount then only counts
/// unexpected errors, and the handler's Notify:Dispatch:MaxAttempts ends a delivery that keeps failing.
/// </summary>
public sealed class FunctionsRetryOptions
{
    public const string SectionName = "Notify:Functions";

    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>At most 7 days, the longest a storage queue message can stay hidden.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);
}
