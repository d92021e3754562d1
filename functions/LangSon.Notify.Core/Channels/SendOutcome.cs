namespace LangSon.Notify.Core.Channels;

/// <summary>What a provider answered for one message.</summary>
/// <param name="ProviderMessageId">The provider's id for a sent message (SMTP queue id, X-Message-Id, Twilio SID).</param>
/// <param name="Reason">The provider's own words for a failure.</param>
/// <param name="RetryAfter">How long the provider asked us to wait, for a transient failure.</param>
public sealed record SendOutcome(SendStatus Status, string? ProviderMessageId = null, string? Reason = null, TimeSpan? RetryAfter = null)
{
    public static SendOutcome Sent(string? providerMessageId) => new(SendStatus.Sent, providerMessageId);

    public static SendOutcome Transient(string reason, TimeSpan? retryAfter = null) => new(SendStatus.Transient, Reason: reason, RetryAfter: retryAfter);

    public static SendOutcome Permanent(string reason) => new(SendStatus.Permanent, Reason: reason);

    /// <summary>The channel's credentials or configuration were refused; the delivery itself is fine.</summary>
    public static SendOutcome Paused(string reason) => new(SendStatus.Paused, Reason: reason);
}
