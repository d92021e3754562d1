using Azure;
using Azure.Data.Tables;
using LangSon.Notify.Core.Storage;

namespace LangSon.Notify.Portal.Hosting;

/// <summary>
/// The notices list pages through index rows. Notices stored before the index existed have none, so they never appear
/// there: at start, once per storage account (a marker row records it), every notice row without its index row gets one.
/// </summary>
internal sealed partial class NoticeIndexBackfill(NotifyStorage storage, NoticeStore notices, ILogger<NoticeIndexBackfill> logger) : IHostedService
{
    /// <summary>Sorts before the index range ("~t-") and after every notice id, so no listing reads it.</summary>
    internal const string MarkerKey = "~backfill-index-1";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var added = await RunAsync(cancellationToken).ConfigureAwait(false);
            if (added is { } count)
            {
                LogBackfilled(logger, count);
            }
        }
        catch (RequestFailedException ex)
        {
            // The list still works for indexed notices; the next start tries again.
            LogFailed(logger, ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Adds the missing index rows; returns how many, or null when the marker says it was done before.</summary>
    internal async Task<int?> RunAsync(CancellationToken cancellationToken)
    {
        await storage.NoticeRows.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        var marker = await storage.NoticeRows.GetEntityIfExistsAsync<TableEntity>(NoticeRecord.Partition, MarkerKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (marker.HasValue)
        {
            return null;
        }

        var indexed = new HashSet<string>(StringComparer.Ordinal);
        var filter = $"PartitionKey eq '{NoticeRecord.Partition}' and RowKey ge '{NoticeStore.IndexPrefix}' and RowKey lt '~u'";
        await foreach (var row in storage.NoticeRows.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            // The key is the prefix, 19 digits of inverted time, '-', then the notice id.
            indexed.Add(row.RowKey[(NoticeStore.IndexPrefix.Length + 20)..]);
        }

        var added = 0;
        foreach (var notice in await notices.ListAsync(int.MaxValue, cancellationToken).ConfigureAwait(false))
        {
            // Replace with the ETag read: a notice changed meanwhile was indexed by that change.
            if (!indexed.Contains(notice.RowKey) && await notices.TryReplaceAsync(notice, cancellationToken).ConfigureAwait(false))
            {
                added++;
            }
        }

        await storage.NoticeRows.UpsertEntityAsync(new TableEntity(NoticeRecord.Partition, MarkerKey) { ["Added"] = added }, cancellationToken: cancellationToken).ConfigureAwait(false);
        return added;
    }

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "Added index rows for {Count} notices stored before the notices index existed")]
    private static partial void LogBackfilled(ILogger logger, int count);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Warning, Message = "Could not add index rows for older notices; retried at the next start")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
