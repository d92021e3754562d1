using Azure;
using Azure.Data.Tables;

namespace LangSon.Notify.Core.Storage;

public sealed class DeliveryStore
{
    private const int TransactionSize = 100;
    private readonly NotifyStorage storage;
    private readonly DeliveryEventWriter events;
    private readonly TimeProvider time;

    // Internal: the event writer it queues to is a hosted service of the library, not part of its surface.
    internal DeliveryStore(NotifyStorage storage, DeliveryEventWriter events, TimeProvider time)
    {
        this.storage = storage;
        this.events = events;
        this.time = time;
    }

    public async Task<DeliveryRecord?> GetAsync(string noticeId, string deliveryId, CancellationToken cancellationToken)
    {
        var response = await storage.DeliveryRows.GetEntityIfExistsAsync<DeliveryRecord>(noticeId, deliveryId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    public async Task<IReadOnlyList<DeliveryRecord>> ListAsync(string noticeId, CancellationToken cancellationToken)
    {
        var list = new List<DeliveryRecord>();
        await foreach (var row in storage.DeliveryRows.QueryAsync<DeliveryRecord>(r => r.PartitionKey == noticeId, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(row);
        }

        return list;
    }

    /// <summary>Every delivery not yet sent or failed, across notices; used to recover after a crash.</summary>
    public async Task<IReadOnlyList<DeliveryRecord>> ListUnfinishedAsync(CancellationToken cancellationToken)
    {
        var list = new List<DeliveryRecord>();
        var filter = $"Status eq '{DeliveryStatus.Queued.ToName()}' or Status eq '{DeliveryStatus.Sending.ToName()}'";
        await foreach (var row in storage.DeliveryRows.QueryAsync<DeliveryRecord>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(row);
        }

        return list;
    }

    /// <summary>Whether any delivery row of the notice exists; reads one key.</summary>
    public async Task<bool> AnyAsync(string noticeId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {noticeId}");
        await foreach (var page in storage.DeliveryRows.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken).AsPages(pageSizeHint: 1).ConfigureAwait(false))
        {
            if (page.Values.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Inserts rows that do not exist yet, in table transactions of 100; existing rows are left as they are. Returns how many existed.</summary>
    public async Task<int> AddMissingAsync(string noticeId, IReadOnlyList<DeliveryRecord> rows, CancellationToken cancellationToken)
    {
        var existing = (await ListAsync(noticeId, cancellationToken).ConfigureAwait(false)).Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);
        var missing = rows.Where(r => !existing.Contains(r.RowKey)).ToList();
        await Parallel.ForEachAsync(
            missing.Chunk(TransactionSize),
            new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
            async (chunk, ct) =>
            {
                try
                {
                    await storage.DeliveryRows.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)), ct).ConfigureAwait(false);
                }
                catch (TableTransactionFailedException ex) when (ex.Status == 409)
                {
                    // Another worker ingested the same notice at the same time: add one by one, keeping what exists.
                    foreach (var row in chunk)
                    {
                        try
                        {
                            await storage.DeliveryRows.AddEntityAsync(row, ct).ConfigureAwait(false);
                        }
                        catch (RequestFailedException inner) when (inner.Status == 409)
                        {
                        }
                    }
                }
            }).ConfigureAwait(false);
        return existing.Count;
    }

    /// <summary>Replaces the row only if nobody changed it since it was read; false when someone did.</summary>
    public async Task<bool> TryReplaceAsync(DeliveryRecord row, CancellationToken cancellationToken)
    {
        try
        {
            var response = await storage.DeliveryRows.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            row.ETag = response.Headers.ETag ?? row.ETag;
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 409)
        {
            return false;
        }
    }

    /// <summary>
    /// Replaces rows of one notice in table transactions of 100, each row only if nobody changed it since it was read.
    /// A transaction fails whole when one row changed; its rows are then replaced one by one. Returns the rows replaced.
    /// </summary>
    public async Task<IReadOnlyList<DeliveryRecord>> TryReplaceManyAsync(IReadOnlyList<DeliveryRecord> rows, CancellationToken cancellationToken)
    {
        var replaced = new List<DeliveryRecord>();
        foreach (var chunk in rows.GroupBy(r => r.PartitionKey, StringComparer.Ordinal).SelectMany(g => g.Chunk(TransactionSize)))
        {
            try
            {
                var response = await storage.DeliveryRows.SubmitTransactionAsync(
                    chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpdateReplace, r, r.ETag)), cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < chunk.Length; i++)
                {
                    chunk[i].ETag = response.Value[i].Headers.ETag ?? chunk[i].ETag;
                }

                replaced.AddRange(chunk);
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 412 or 409)
            {
                foreach (var row in chunk)
                {
                    if (await TryReplaceAsync(row, cancellationToken).ConfigureAwait(false))
                    {
                        replaced.Add(row);
                    }
                }
            }
        }

        return replaced;
    }

    /// <summary>Queues an event for the append-only log; written in batches by <see cref="DeliveryEventWriter"/>.</summary>
    public void AppendEvent(DeliveryRecord row, string kind, string? detail, string? worker)
    {
        var now = time.GetUtcNow();
        events.Append(new DeliveryEventRecord
        {
            PartitionKey = row.PartitionKey,
            RowKey = $"{row.RowKey}-{now.UtcTicks:D19}-{Guid.NewGuid():N}"[..(row.RowKey.Length + 1 + 19 + 1 + 8)],
            DeliveryId = row.RowKey,
            Kind = kind,
            Detail = detail is { Length: > 4000 } ? detail[..4000] : detail,
            Attempt = row.Attempts,
            Worker = worker,
            At = now,
        });
    }

    public async Task<IReadOnlyList<DeliveryEventRecord>> ListEventsAsync(string noticeId, CancellationToken cancellationToken)
    {
        var list = new List<DeliveryEventRecord>();
        await foreach (var row in storage.DeliveryEvents.QueryAsync<DeliveryEventRecord>(r => r.PartitionKey == noticeId, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(row);
        }

        return list;
    }

    /// <summary>One page of a notice's deliveries in row-key order, and the token of the next page (null at the end).</summary>
    public async Task<(IReadOnlyList<DeliveryRecord> Rows, string? Continuation)> ListPageAsync(string noticeId, int pageSize, string? continuation, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {noticeId}");
        await foreach (var page in storage.DeliveryRows.QueryAsync<DeliveryRecord>(filter, maxPerPage: pageSize, cancellationToken: cancellationToken).AsPages(continuation, pageSize).ConfigureAwait(false))
        {
            return (page.Values, page.ContinuationToken);
        }

        return ([], null);
    }

    /// <summary>How many of a notice's deliveries are in each status, by kind; reads only the two columns.</summary>
    public async Task<IReadOnlyList<(string Kind, string Status, DateTimeOffset? FinishedAt)>> ListStatusesAsync(string noticeId, CancellationToken cancellationToken)
    {
        var list = new List<(string, string, DateTimeOffset?)>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {noticeId}");
        await foreach (var row in storage.DeliveryRows.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["Kind", "Status", "SentAt", "FailedAt"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var finished = row.GetDateTimeOffset("SentAt") ?? row.GetDateTimeOffset("FailedAt");
            list.Add((row.GetString("Kind") ?? DeliveryKinds.Notice, row.GetString("Status") ?? "", finished));
        }

        return list;
    }

    /// <summary>Every delivery of a notice with only the columns a summary needs (agency, kind, status, times); the other properties stay empty.</summary>
    public async Task<IReadOnlyList<DeliveryRecord>> ListSummariesAsync(string noticeId, CancellationToken cancellationToken)
    {
        var list = new List<DeliveryRecord>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {noticeId}");
        string[] columns = ["EntryId", "AgencyName", "Kind", "Status", "SentAt", "FailedAt"];
        await foreach (var row in storage.DeliveryRows.QueryAsync<DeliveryRecord>(filter, maxPerPage: 1000, select: columns, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(row);
        }

        return list;
    }

    /// <summary>The events of one delivery, oldest first (their row keys start with the delivery id and the time).</summary>
    public async Task<IReadOnlyList<DeliveryEventRecord>> ListEventsAsync(string noticeId, string deliveryId, CancellationToken cancellationToken)
    {
        var list = new List<DeliveryEventRecord>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {noticeId} and RowKey gt {deliveryId + "-"} and RowKey lt {deliveryId + "."}");
        await foreach (var row in storage.DeliveryEvents.QueryAsync<DeliveryEventRecord>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(row);
        }

        return list;
    }
}
