using System.ComponentModel.DataAnnotations;

namespace LangSon.Notify.Core.Channels;

/// <summary>HTTP behaviour shared by the SendGrid and Twilio providers.</summary>
public abstract class ProviderHttpOptions
{
    /// <summary>The provider's API root; overridden in tests to point at a local stub.</summary>
    [Required]
    [Url]
    public string BaseUrl { get; set; } = string.Empty;

    /// <summary>How long one HTTP attempt may take before it counts as a transient failure.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries inside one send, only where the provider surely did not accept the message (connection refused, 502, 503).</summary>
    [Range(0, 5)]
    public int MaxRetryAttempts { get; set; } = 2;

    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
