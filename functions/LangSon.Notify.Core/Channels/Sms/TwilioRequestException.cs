using Twilio.Exceptions;

namespace LangSon.Notify.Core.Channels.Sms;

/// <summary>Twilio's error answer, with the wait it asked for on a 429.</summary>
internal sealed class TwilioRequestException(int code, int status, string message, string? moreInfo, TimeSpan? retryAfter)
    : ApiException(code, status, message, moreInfo, null, null)
{
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
