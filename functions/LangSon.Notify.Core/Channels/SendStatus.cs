namespace LangSon.Notify.Core.Channels;

public enum SendStatus
{
    Sent,

    /// <summary>Worth retrying later: timeouts, refused connections, greylisting, 5xx, 429.</summary>
    Transient,

    /// <summary>Will never succeed as sent: a rejected address, an invalid number.</summary>
    Permanent,
}
