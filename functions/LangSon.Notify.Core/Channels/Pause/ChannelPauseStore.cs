using Azure;
using Azure.Data.Tables;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Core.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Core.Channels.Pause;

/// <summary>
/// Which channels are paused, and why. The rows live in the <c>channels</c> table so every instance of both hosts sees
/// the same pause; each instance keeps its last read for <see cref="ChannelPauseOptions.CacheFor"/> so the send path
/// costs no table read while nothing is paused.
/// </summary>
public sealed class ChannelPauseStore(NotifyStorage storage, IOptions<ChannelPauseOptions> options, TimeProvider time, ILogger<ChannelPauseStore> logger)
{
    private Snapshot? snapshot;

    public TimeSpan PauseDuration => options.Value.PauseDuration;

    /// <summary>The pause of <paramref name="channel"/>, or null when it is running.</summary>
    public async Task<ChannelPauseRecord?> GetAsync(string channel, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(p => p.RowKey == channel);

    /// <summary>Every paused channel; <paramref name="fresh"/> reads the table instead of the instance's last read.</summary>
    public async Task<IReadOnlyList<ChannelPauseRecord>> ListAsync(CancellationToken cancellationToken, bool fresh = false)
    {
        var current = snapshot;
        if (!fresh && current is not null && time.GetElapsedTime(current.ReadAt) < options.Value.CacheFor)
        {
            return current.Pauses;
        }

        var rows = new List<ChannelPauseRecord>();
        try
        {
            await foreach (var row in storage.Channels.QueryAsync<ChannelPauseRecord>(r => r.PartitionKey == ChannelPauseRecord.Partition, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                rows.Add(row);
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // The table is made at start; until then nothing can have been paused.
        }

        snapshot = new Snapshot(rows, time.GetTimestamp());
        return rows;
    }

    /// <summary>Pauses the channel until one pause period from now. The alert is logged and counted once per pause, not per delivery.</summary>
    public async Task PauseAsync(string channel, string reason, string source, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var row = new ChannelPauseRecord { RowKey = channel, Reason = reason, Source = source, PausedAt = now, ProbeAt = now + PauseDuration };
        try
        {
            await storage.Channels.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
            NotifyTelemetry.ChannelPauses.Add(1, new KeyValuePair<string, object?>("channel", channel), new KeyValuePair<string, object?>("source", source));
            logger.ChannelPaused(channel, source, reason, row.ProbeAt);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Already paused (another delivery or instance got there first): keep when it started, move the next probe on.
            var existing = await storage.Channels.GetEntityIfExistsAsync<ChannelPauseRecord>(ChannelPauseRecord.Partition, channel, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (existing.HasValue)
            {
                row.PausedAt = existing.Value!.PausedAt;
            }

            await storage.Channels.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            logger.ChannelStillPaused(channel, reason, row.ProbeAt);
        }

        Forget();
    }

    /// <summary>
    /// True for exactly one worker once the probe time has come: it moves the probe time on (guarded by the row's ETag),
    /// so every other delivery keeps waiting while this one tries the provider.
    /// </summary>
    public async Task<bool> TryTakeProbeAsync(string channel, CancellationToken cancellationToken)
    {
        var response = await storage.Channels.GetEntityIfExistsAsync<ChannelPauseRecord>(ChannelPauseRecord.Partition, channel, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!response.HasValue)
        {
            Forget();
            return true;
        }

        var row = response.Value!;
        var now = time.GetUtcNow();
        if (row.ProbeAt > now)
        {
            return false;
        }

        row.ProbeAt = now + PauseDuration;
        try
        {
            await storage.Channels.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            Forget();
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return false;
        }
    }

    /// <summary>Lifts the pause of <paramref name="channel"/>; with <paramref name="onlySource"/>, only a pause of that source.</summary>
    public async Task ResumeAsync(string channel, string why, CancellationToken cancellationToken, string? onlySource = null)
    {
        var response = await storage.Channels.GetEntityIfExistsAsync<ChannelPauseRecord>(ChannelPauseRecord.Partition, channel, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!response.HasValue || (onlySource is not null && response.Value!.Source != onlySource))
        {
            Forget();
            return;
        }

        try
        {
            await storage.Channels.DeleteEntityAsync(ChannelPauseRecord.Partition, channel, response.Value!.ETag, cancellationToken).ConfigureAwait(false);
            logger.ChannelResumed(channel, why);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Lifted by another worker, or paused again meanwhile: that newer row stands.
        }

        Forget();
    }

    /// <summary>
    /// At start with a configuration that looks right: a pause the start-up check made is lifted, and a provider's pause
    /// gets its probe now, so a corrected key is tried at once instead of after the pause period.
    /// </summary>
    public async Task ReconsiderAsync(string channel, CancellationToken cancellationToken)
    {
        var response = await storage.Channels.GetEntityIfExistsAsync<ChannelPauseRecord>(ChannelPauseRecord.Partition, channel, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!response.HasValue)
        {
            return;
        }

        var row = response.Value!;
        if (row.Source == ChannelPauseSources.StartUp)
        {
            await ResumeAsync(channel, "the configuration checked at start-up is now complete", cancellationToken, ChannelPauseSources.StartUp).ConfigureAwait(false);
            return;
        }

        row.ProbeAt = time.GetUtcNow();
        try
        {
            await storage.Channels.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Changed meanwhile by a worker: its state stands.
        }

        Forget();
    }

    private void Forget() => snapshot = null;

    private sealed record Snapshot(IReadOnlyList<ChannelPauseRecord> Pauses, long ReadAt);
}
