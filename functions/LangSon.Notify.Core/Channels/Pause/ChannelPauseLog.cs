using Microsoft.Extensions.Logging;

namespace LangSon.Notify.Core.Channels.Pause;

internal static partial class ChannelPauseLog
{
    [LoggerMessage(EventId = 5501, Level = LogLevel.Error, Message = "ALERT: channel {Channel} paused ({Source}): {Reason}. Its deliveries stay queued; one is tried again at {ProbeAt:o}")]
    public static partial void ChannelPaused(this ILogger logger, string channel, string source, string reason, DateTimeOffset probeAt);

    [LoggerMessage(EventId = 5502, Level = LogLevel.Warning, Message = "Channel {Channel} still refused by its provider: {Reason}; next try at {ProbeAt:o}")]
    public static partial void ChannelStillPaused(this ILogger logger, string channel, string reason, DateTimeOffset probeAt);

    [LoggerMessage(EventId = 5503, Level = LogLevel.Information, Message = "Channel {Channel} resumed: {Why}")]
    public static partial void ChannelResumed(this ILogger logger, string channel, string why);

    [LoggerMessage(EventId = 5504, Level = LogLevel.Information, Message = "Channel {Channel} is paused; delivery {DeliveryId} is tried as the probe")]
    public static partial void ChannelProbe(this ILogger logger, string channel, string deliveryId);
}
