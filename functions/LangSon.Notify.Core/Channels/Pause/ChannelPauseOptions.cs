using System.ComponentModel.DataAnnotations;

namespace LangSon.Notify.Core.Channels.Pause;

/// <summary>Section <c>Notify:Channels</c>: how long a channel stays paused before one delivery tries it again.</summary>
public sealed class ChannelPauseOptions
{
    public const string SectionName = "Notify:Channels";

    /// <summary>After this, one delivery is sent as a probe: success resumes the channel, another refusal pauses it again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PauseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long an instance trusts its last read of the pause rows before reading them again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan CacheFor { get; set; } = TimeSpan.FromSeconds(5);
}
