namespace LangSon.Notify.Core.Channels.Sms;

/// <summary>The seam every SMS provider (development outbox, Twilio) implements.</summary>
public interface ISmsSender
{
    /// <summary>
    /// Sends one message, entering <paramref name="commit"/> just before the provider can accept it. Provider failures
    /// come back as an outcome; only cancellation throws.
    /// </summary>
    Task<SendOutcome> SendAsync(SmsMessage message, SendCommit commit, CancellationToken cancellationToken);
}
