namespace LangSon.Notify.Core.Dispatch;

/// <summary>When a transient failure is tried again: when the provider said, else 1×, 2×, 4× … the first delay, up to a cap.</summary>
internal static class RetryBackoff
{
    public static TimeSpan Delay(TransientDeliveryException failure, TimeSpan first, TimeSpan cap)
    {
        if (failure.RetryAfter is { } asked && asked > TimeSpan.Zero)
        {
            return asked;
        }

        var exponent = Math.Clamp(failure.Attempt - 1, 0, 20);
        return TimeSpan.FromTicks(Math.Min(cap.Ticks, first.Ticks * (1L << exponent)));
    }
}
