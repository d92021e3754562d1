using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;
using LangSon.Notify.Core.Privacy;

namespace LangSon.Notify.Core.Channels.Sms;

/// <summary>Sends one SMS per delivery through Twilio's Messages API, with a status callback for receipts.</summary>
internal sealed partial class TwilioSmsSender(
    HttpClient httpClient,
    IOptions<TwilioOptions> options,
    TimeProvider time,
    ILogger<TwilioSmsSender> logger) : ISmsSender
{
    private readonly TwilioOptions settings = options.Value;

    public async Task<SendOutcome> SendAsync(SmsMessage message, SendCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (settings.CredentialProblem() is { } credentials)
        {
            // Reached only by the probe of a channel paused at start: such a request could only be refused.
            return SendOutcome.Paused(credentials);
        }

        if (!SmsNumber.TryNormalise(message.ToNumber, settings.DefaultRegion, out var to, out var problem))
        {
            LogInvalidNumber(message.DeliveryId, PersonalData.Mask(problem));
            return SendOutcome.Permanent(problem);
        }

        var create = new CreateMessageOptions(new PhoneNumber(to))
        {
            Body = message.Body,
            StatusCallback = StatusCallbackFor(message),
        };
        if (!string.IsNullOrWhiteSpace(settings.MessagingServiceSid))
        {
            create.MessagingServiceSid = settings.MessagingServiceSid;
        }
        else
        {
            create.From = new PhoneNumber(settings.FromNumber);
        }

        try
        {
            var client = new TwilioRestApiClient(httpClient, settings, time, cancellationToken);
            await commit.EnterAsync(cancellationToken).ConfigureAwait(false);
            var created = await MessageResource.CreateAsync(create, client).ConfigureAwait(false);
            LogSent(message.DeliveryId, created.Sid);
            return SendOutcome.Sent(created.Sid);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TwilioRequestException ex)
        {
            var meaning = TwilioErrorCodes.Meaning(ex.Code);
            var reason = $"Twilio {ex.Status} error {ex.Code}: {ex.Message}" + (meaning is null ? string.Empty : $" ({meaning})");
            var status = TwilioErrorCodes.Classify(ex.Status, ex.Code);
            LogRejected(message.DeliveryId, ex.Status, ex.Code, PersonalData.Mask(reason));
            return status switch
            {
                SendStatus.Transient => SendOutcome.Transient(reason, ex.RetryAfter),
                SendStatus.Paused => SendOutcome.Paused(reason),
                _ => SendOutcome.Permanent(reason),
            };
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException or OperationCanceledException or BrokenCircuitException)
        {
            LogTransportFailure(ex, message.DeliveryId);
            return SendOutcome.Transient($"Twilio could not be reached: {ex.Message}");
        }
    }

    private Uri StatusCallbackFor(SmsMessage message)
    {
        var url = settings.StatusCallbackUrl;
        var separator = url.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        return new Uri($"{url}{separator}noticeId={Uri.EscapeDataString(message.NoticeId)}&deliveryId={Uri.EscapeDataString(message.DeliveryId)}");
    }

    [LoggerMessage(EventId = 5201, Level = LogLevel.Information, Message = "Twilio accepted delivery {DeliveryId} as {ProviderMessageId}")]
    private partial void LogSent(string deliveryId, string providerMessageId);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Warning, Message = "Delivery {DeliveryId} not sent: {Problem}")]
    private partial void LogInvalidNumber(string deliveryId, string problem);

    [LoggerMessage(EventId = 5203, Level = LogLevel.Warning, Message = "Twilio answered {StatusCode} (code {ErrorCode}) for delivery {DeliveryId}: {Reason}")]
    private partial void LogRejected(string deliveryId, int statusCode, int errorCode, string reason);

    [LoggerMessage(EventId = 5204, Level = LogLevel.Warning, Message = "Twilio could not be reached for delivery {DeliveryId}")]
    private partial void LogTransportFailure(Exception exception, string deliveryId);
}
