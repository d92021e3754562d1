using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;
using SendGrid;
using SendGrid.Helpers.Mail;
using LangSon.Notify.Core.Privacy;

namespace LangSon.Notify.Core.Channels.Email;

/// <summary>Sends one email per delivery through SendGrid's v3 Mail Send API.</summary>
internal sealed partial class SendGridEmailSender : IEmailSender
{
    private readonly SendGridClient client;
    private readonly SendGridOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<SendGridEmailSender> logger;

    public SendGridEmailSender(HttpClient httpClient, IOptions<SendGridOptions> options, TimeProvider time, ILogger<SendGridEmailSender> logger)
    {
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
        var clientOptions = new SendGridClientOptions { Host = this.options.BaseUrl.TrimEnd('/'), HttpErrorAsException = false };
        if (!string.IsNullOrWhiteSpace(this.options.ApiKey))
        {
            // SendGrid refuses an empty key here; a channel without one is paused instead, and never sends.
            clientOptions.ApiKey = this.options.ApiKey;
        }

        client = new SendGridClient(httpClient, clientOptions);
    }

    public async Task<SendOutcome> SendAsync(EmailMessage message, SendCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (options.CredentialProblem() is { } credentials)
        {
            // Reached only by the probe of a channel paused at start: such a request could only be refused.
            return SendOutcome.Paused(credentials);
        }

        var mail = Compose(message, includeAttachment: message.Attachment is not null);
        if (message.Attachment is not null && Encoding.UTF8.GetByteCount(mail.Serialize()) > options.MaxMessageBytes)
        {
            if (message.Link is null)
            {
                return SendOutcome.Permanent(
                    $"The attachment {message.Attachment.FileName} ({message.Attachment.Content.Length} bytes) makes the message larger than {options.MaxMessageBytes} bytes, and the message has no link to send instead.");
            }

            LogAttachmentReplacedByLink(message.DeliveryId, message.Attachment.FileName, message.Attachment.Content.Length, options.MaxMessageBytes);
            mail = Compose(message, includeAttachment: false);
        }

        Response response;
        await commit.EnterAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            response = await client.SendEmailAsync(mail, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException or OperationCanceledException or BrokenCircuitException)
        {
            LogTransportFailure(ex, message.DeliveryId);
            return SendOutcome.Transient($"SendGrid could not be reached: {ex.Message}");
        }

        return await Classify(message, response, cancellationToken).ConfigureAwait(false);
    }

    private SendGridMessage Compose(EmailMessage message, bool includeAttachment)
    {
        var mail = new SendGridMessage();
        mail.SetFrom(new EmailAddress(options.FromAddress, options.FromName));
        mail.AddTo(new EmailAddress(message.ToAddress, message.ToName));
        mail.SetSubject(message.Subject);

        var text = message.TextBody;
        var html = message.HtmlBody;
        if (message.Attachment is not null && !includeAttachment && message.Link is not null)
        {
            var link = message.Link.AbsoluteUri;
            text += $"\n\nVăn bản quá lớn để gửi kèm, tải về tại: {link}\n";
            html += $"<p>Văn bản quá lớn để gửi kèm, tải về tại: <a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(message.Attachment.FileName)}</a></p>";
        }

        // SendGrid requires text/plain before text/html.
        mail.AddContent(MimeType.Text, text);
        mail.AddContent(MimeType.Html, html);
        // One personalization per delivery: its custom_args come back on every event webhook for this recipient.
        mail.AddCustomArgs(new Dictionary<string, string>
        {
            ["noticeId"] = message.NoticeId,
            ["deliveryId"] = message.DeliveryId,
        });

        if (includeAttachment && message.Attachment is { } attachment)
        {
            mail.AddAttachment(attachment.FileName, Convert.ToBase64String(attachment.Content.Span), attachment.ContentType, "attachment");
        }

        return mail;
    }

    private async Task<SendOutcome> Classify(EmailMessage message, Response response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
        {
            var id = response.Headers.TryGetValues("X-Message-Id", out var ids) ? ids.FirstOrDefault() : null;
            LogSent(message.DeliveryId, id);
            return SendOutcome.Sent(id);
        }

        var reason = $"SendGrid {status}: {await ReadErrors(response, cancellationToken).ConfigureAwait(false)}";
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var retryAfter = RetryAfterHeader.Read(response.Headers, time);
            LogRateLimited(message.DeliveryId, retryAfter);
            return SendOutcome.Transient(reason, retryAfter);
        }

        LogRejected(message.DeliveryId, status, PersonalData.Mask(reason));
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            // The API key is wrong, revoked or lacks the Mail Send permission: no message can go until it is fixed.
            return SendOutcome.Paused($"{reason} (check Notify:SendGrid:ApiKey and its Mail Send permission)");
        }

        return status is >= 400 and < 500 ? SendOutcome.Permanent(reason) : SendOutcome.Transient(reason);
    }

    /// <summary>SendGrid answers <c>{"errors":[{"message":..,"field":..}]}</c>; anything else is quoted as it came.</summary>
    private static async Task<string> ReadErrors(Response response, CancellationToken cancellationToken)
    {
        var body = response.Body is null ? string.Empty : await response.Body.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
            {
                var parts = errors.EnumerateArray()
                    .Select(e => (
                        Message: e.TryGetProperty("message", out var m) ? m.GetString() : null,
                        Field: e.TryGetProperty("field", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null))
                    .Where(e => !string.IsNullOrEmpty(e.Message))
                    .Select(e => e.Field is null ? e.Message! : $"{e.Message} ({e.Field})")
                    .ToList();
                if (parts.Count > 0)
                {
                    return string.Join("; ", parts);
                }
            }
        }
        catch (JsonException)
        {
            // Not SendGrid's error shape: report the raw text below.
        }

        return string.IsNullOrWhiteSpace(body) ? response.StatusCode.ToString() : body.Trim();
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "SendGrid accepted delivery {DeliveryId} as {ProviderMessageId}")]
    private partial void LogSent(string deliveryId, string? providerMessageId);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "SendGrid rate-limited delivery {DeliveryId}; retry after {RetryAfter}")]
    private partial void LogRateLimited(string deliveryId, TimeSpan? retryAfter);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Warning, Message = "SendGrid answered {StatusCode} for delivery {DeliveryId}: {Reason}")]
    private partial void LogRejected(string deliveryId, int statusCode, string reason);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Warning, Message = "SendGrid could not be reached for delivery {DeliveryId}")]
    private partial void LogTransportFailure(Exception exception, string deliveryId);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Information, Message = "Delivery {DeliveryId}: attachment {FileName} ({Bytes} bytes) exceeds {MaxBytes} bytes with encoding, sending the link instead")]
    private partial void LogAttachmentReplacedByLink(string deliveryId, string fileName, int bytes, long maxBytes);
}
