namespace LangSon.Notify.Core.Channels.Email;

/// <summary>The seam every email provider (SMTP, SendGrid) implements.</summary>
public interface IEmailSender
{
    /// <summary>Sends one message. Provider failures come back as an outcome; only cancellation throws.</summary>
    Task<SendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
