namespace LangSon.Notify.SelfHost.Status;

/// <summary>A paused channel as the status API and /health show it.</summary>
/// <param name="ProbeAt">When one queued delivery will try the channel again.</param>
internal sealed record ChannelPauseView(string Channel, string Reason, string Source, DateTimeOffset PausedAt, DateTimeOffset ProbeAt);
