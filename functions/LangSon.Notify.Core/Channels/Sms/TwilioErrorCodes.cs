namespace LangSon.Notify.Core.Channels.Sms;

/// <summary>Twilio REST error codes we act on (twilio.com/docs/api/errors); anything else follows its HTTP status.</summary>
internal static class TwilioErrorCodes
{
    private static readonly Dictionary<int, (SendStatus Status, string Meaning)> Known = new()
    {
        [20003] = (SendStatus.Paused, "authentication failed: check Notify:Twilio:AccountSid and AuthToken"),
        [20429] = (SendStatus.Transient, "too many requests"),
        [20500] = (SendStatus.Transient, "Twilio internal error"),
        [20503] = (SendStatus.Transient, "Twilio service unavailable"),
        [14107] = (SendStatus.Transient, "SMS send rate limit exceeded"),
        [21211] = (SendStatus.Permanent, "invalid 'To' phone number"),
        [21408] = (SendStatus.Permanent, "sending to this region is not enabled on the account"),
        [21606] = (SendStatus.Permanent, "the 'From' number cannot send SMS"),
        [21610] = (SendStatus.Permanent, "the recipient has unsubscribed (replied STOP)"),
        [21612] = (SendStatus.Permanent, "the 'To' number is not reachable by SMS"),
        [21614] = (SendStatus.Permanent, "the 'To' number is not a mobile number"),
        [21617] = (SendStatus.Permanent, "the message body is too long"),
    };

    public static SendStatus Classify(int httpStatus, int code)
    {
        if (Known.TryGetValue(code, out var known))
        {
            return known.Status;
        }

        // 401 (credentials) and 403 (the account may not do this) are about the account, not the message.
        if (httpStatus is 401 or 403)
        {
            return SendStatus.Paused;
        }

        return httpStatus is 429 or >= 500 or 408 ? SendStatus.Transient : SendStatus.Permanent;
    }

    public static string? Meaning(int code) => Known.TryGetValue(code, out var known) ? known.Meaning : null;
}
