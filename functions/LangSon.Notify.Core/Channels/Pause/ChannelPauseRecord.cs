using Azure;
using Azure.Data.Tables;

namespace LangSon.Notify.Core.Channels.Pause;

/// <summary>One paused channel, a row of the <c>channels</c> table that every instance of both hosts reads.</summary>
public sealed class ChannelPauseRecord : ITableEntity
{
    public const string Partition = "pause";

    public string PartitionKey { get; set; } = Partition;

    /// <summary>The channel: <c>email</c> or <c>sms</c>.</summary>
    public string RowKey { get; set; } = string.Empty;

    /// <summary>Why, in the provider's or the check's words (never an address: providers' auth errors carry none).</summary>
    public string Reason { get; set; } = string.Empty;

    /// <summary><c>provider</c> when a provider refused the credentials, <c>start-up</c> when the start-up check found the configuration wrong.</summary>
    public string Source { get; set; } = ChannelPauseSources.Provider;

    public DateTimeOffset PausedAt { get; set; }

    /// <summary>When one delivery may try the channel again; a worker that takes the probe moves it on by a pause period.</summary>
    public DateTimeOffset ProbeAt { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }
}
