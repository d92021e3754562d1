namespace LangSon.Notify.Core.Dispatch;

/// <summary>
/// When a failed delivery is tried again, for every transport (storage queue, Service Bus) and both hosts: what the
/// provider asked for (Retry-After, a paused channel's time left), else 1×, 2×, 4× … the first delay; never more than the cap.
/// </summary>
public sealed record RetryBackoff(TimeSpan First, TimeSpan Cap)
{
    /// <param name="attempt">The attempt that failed, from 1; 0 when unknown (treated as the first).</param>
    /// <param name="retryAfter">How long the provider asked us to wait, if it did.</param>
    public TimeSpan Delay(long attempt, TimeSpan? retryAfter = null)
    {
        if (retryAfter is { } asked && asked > TimeSpan.Zero)
        {
            // A provider's answer is honoured up to the cap: a misread or hostile header must not park a delivery for days.
            return asked < Cap ? asked : Cap;
        }

        var exponent = (int)Math.Clamp(attempt - 1, 0, 20);
        return TimeSpan.FromTicks(Math.Min(Cap.Ticks, First.Ticks * (1L << exponent)));
    }

    public TimeSpan Delay(TransientDeliveryException failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return Delay(failure.Attempt, failure.RetryAfter);
    }
}
