namespace LangSon.Notify.Core.Channels;

public enum SendStatus
{
    Sent,

    /// <summary>Worth retrying later: timeouts, refused connections, greylisting, 5xx, 429.</summary>
    Transient,

    /// <summary>Will never succeed as sent: a rejected address, an invalid number.</summary>
    Permanent,

    /// <summary>
    /// Nothing this channel sends can succeed until someone fixes its credentials or configuration (401/403, Twilio
    /// 20003, SMTP 535, an unresolved Key Vault reference): the channel is paused and the delivery stays queued.
    /// </summary>
    Paused,
}
