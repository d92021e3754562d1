using MimeKit;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Core.Channels.Email;

/// <summary>Email over SMTP with MailKit and pooled connections; maildev locally, the government mail server in production.</summary>
internal sealed class SmtpEmailSender(SmtpConnectionPool pool, IOptions<SmtpOptions> options) : IEmailSender
{
    public async Task<SendOutcome> SendAsync(EmailMessage message, SendCommit commit, CancellationToken cancellationToken)
    {
        MimeMessage mime;
        try
        {
            mime = Build(message, options.Value, commit);
        }
        catch (ParseException ex)
        {
            return SendOutcome.Permanent($"invalid address '{message.ToAddress}': {ex.Message}");
        }

        // A pooled connection the server closed while idle (maildev's 421 after 60 s) gets one retry on a fresh connection.
        for (var attempt = 1; ; attempt++)
        {
            SmtpConnectionPool.Lease lease;
            try
            {
                lease = await pool.RentAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                return SmtpErrors.Classify(ex);
            }

            var healthy = false;
            try
            {
                var response = await lease.Client.SendAsync(mime, cancellationToken).ConfigureAwait(false);
                healthy = true;
                return SendOutcome.Sent(string.IsNullOrWhiteSpace(response) ? mime.MessageId : response.Trim());
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // A rejected recipient leaves the connection usable; anything else may not.
                healthy = ex is MailKit.Net.Smtp.SmtpCommandException { StatusCode: not MailKit.Net.Smtp.SmtpStatusCode.ServiceNotAvailable } && lease.Client.IsConnected;
                if (attempt == 1 && lease.Reused && SmtpErrors.IsConnectionFailure(ex))
                {
                    continue;
                }

                return SmtpErrors.Classify(ex);
            }
            finally
            {
                await pool.ReturnAsync(lease, healthy).ConfigureAwait(false);
            }
        }
    }

    internal static MimeMessage Build(EmailMessage message, SmtpOptions options, SendCommit commit)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        mime.To.Add(new MailboxAddress(message.ToName, MailboxAddress.Parse(message.ToAddress).Address));
        mime.Subject = message.Subject;
        mime.MessageId = $"{message.DeliveryId}@{options.MessageIdDomain}";
        mime.Headers.Add("X-Notify-Notice", message.NoticeId);
        mime.Headers.Add("X-Notify-Delivery", message.DeliveryId);

        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        if (message.Attachment is { } attachment)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content.ToArray(), ContentType.Parse(attachment.ContentType));
        }

        mime.Body = CommitGatedMultipart.Wrap(body.ToMessageBody(), commit);
        return mime;
    }
}
