using System.Globalization;
using System.Net.Http.Headers;

namespace LangSon.Notify.Core.Channels;

/// <summary>Reads how long a provider asked us to wait after a 429.</summary>
internal static class RetryAfterHeader
{
    public static TimeSpan? Read(HttpResponseHeaders? headers, TimeProvider time)
    {
        if (headers is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta)
            {
                return NotNegative(delta);
            }

            if (retryAfter.Date is { } date)
            {
                return NotNegative(date - now);
            }
        }

        // SendGrid sends the end of the rate-limit window as Unix seconds.
        if (headers.TryGetValues("X-RateLimit-Reset", out var values)
            && long.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var epochSeconds))
        {
            return NotNegative(DateTimeOffset.FromUnixTimeSeconds(epochSeconds) - now);
        }

        return null;
    }

    private static TimeSpan NotNegative(TimeSpan value) => value < TimeSpan.Zero ? TimeSpan.Zero : value;
}
