namespace LangSon.Notify.Core.Channels.Email;

/// <summary>The seam every email provider (SMTP, SendGrid) implements.</summary>
public interface IEmailSender
{
    /// <summary>
    /// Sends one message, entering <paramref name="commit"/> just before the provider can accept it. Provider failures
    /// come back as an outcome; only cancellation throws.
    /// </summary>
    Task<SendOutcome> SendAsync(EmailMessage message, SendCommit commit, CancellationToken cancellationToken);
}
