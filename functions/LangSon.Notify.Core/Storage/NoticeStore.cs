using System.Globalization;
using Azure;
using Azure.Data.Tables;

namespace LangSon.Notify.Core.Storage;

/// <summary>
/// The notices table. Each notice has its row (row key = notice id) and, in the same partition, an index copy whose
/// row key starts with "~t-" and the inverted receive time, written in the same transaction. Table storage returns rows
/// in row-key order, so reading the index range pages through notices newest first with continuation tokens instead of
/// scanning the table.
/// </summary>
public sealed class NoticeStore(NotifyStorage storage)
{
    /// <summary>Index row keys sort after every notice id (hex digits and '-').</summary>
    public const string IndexPrefix = "~t-";
    private const string IndexEnd = "~u";

    private TableClient Table => storage.NoticeRows;

    public async Task<NoticeRecord?> GetAsync(string noticeId, CancellationToken cancellationToken)
    {
        var response = await Table.GetEntityIfExistsAsync<NoticeRecord>(NoticeRecord.Partition, noticeId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>Inserts a new row; returns false when a row with that id already exists.</summary>
    public async Task<bool> TryAddAsync(NoticeRecord record, CancellationToken cancellationToken)
    {
        try
        {
            var response = await Table.SubmitTransactionAsync(
                [new TableTransactionAction(TableTransactionActionType.Add, record), new TableTransactionAction(TableTransactionActionType.UpsertReplace, IndexOf(record))],
                cancellationToken).ConfigureAwait(false);
            record.ETag = response.Value[0].Headers.ETag ?? record.ETag;
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task UpsertAsync(NoticeRecord record, CancellationToken cancellationToken)
    {
        var response = await Table.SubmitTransactionAsync(
            [new TableTransactionAction(TableTransactionActionType.UpsertReplace, record), new TableTransactionAction(TableTransactionActionType.UpsertReplace, IndexOf(record))],
            cancellationToken).ConfigureAwait(false);
        record.ETag = response.Value[0].Headers.ETag ?? record.ETag;
    }

    /// <summary>Replaces the row only if nobody changed it since it was read; false when someone did.</summary>
    public async Task<bool> TryReplaceAsync(NoticeRecord record, CancellationToken cancellationToken)
    {
        try
        {
            var response = await Table.SubmitTransactionAsync(
                [new TableTransactionAction(TableTransactionActionType.UpdateReplace, record, record.ETag), new TableTransactionAction(TableTransactionActionType.UpsertReplace, IndexOf(record))],
                cancellationToken).ConfigureAwait(false);
            record.ETag = response.Value[0].Headers.ETag ?? record.ETag;
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 412 or 409)
        {
            return false;
        }
    }

    /// <summary>Every notice row (the index excluded), newest first. Reads the whole partition: for recovery and small tables only.</summary>
    public async Task<IReadOnlyList<NoticeRecord>> ListAsync(int max, CancellationToken cancellationToken)
    {
        var list = new List<NoticeRecord>();
        var filter = $"PartitionKey eq '{NoticeRecord.Partition}' and RowKey lt '~'";
        await foreach (var row in Table.QueryAsync<NoticeRecord>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(row);
        }

        return list.OrderByDescending(r => r.ReceivedAt).Take(max).ToList();
    }

    /// <summary>Every notice row with only what the recovery sweep selects on (id, file, status, sizes and times); read a row whole before changing it.</summary>
    public async Task<IReadOnlyList<NoticeRecord>> ListForRecoveryAsync(CancellationToken cancellationToken)
    {
        var list = new List<NoticeRecord>();
        var filter = $"PartitionKey eq '{NoticeRecord.Partition}' and RowKey lt '~'";
        string[] columns = [nameof(NoticeRecord.PartitionKey), nameof(NoticeRecord.RowKey), nameof(NoticeRecord.BlobName), nameof(NoticeRecord.Status), nameof(NoticeRecord.ContentLength), nameof(NoticeRecord.ReceivedAt), nameof(NoticeRecord.AttemptedAt), nameof(NoticeRecord.Attempts), nameof(NoticeRecord.DeliveryCount)];
        await foreach (var row in Table.QueryAsync<NoticeRecord>(filter, maxPerPage: 1000, select: columns, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(row);
        }

        return list;
    }

    /// <summary>
    /// One page of notices, newest first, read from the index range. Date bounds narrow the row-key range; the other
    /// filters are evaluated by the table service. Returns the rows (with the notice id as row key) and the token of
    /// the next page, null at the end.
    /// </summary>
    public async Task<(IReadOnlyList<NoticeRecord> Rows, string? Continuation)> ListPageAsync(NoticeQuery query, int pageSize, string? continuation, CancellationToken cancellationToken)
    {
        var filter = IndexFilter(query);
        var pages = Table.QueryAsync<NoticeRecord>(filter, maxPerPage: pageSize, cancellationToken: cancellationToken).AsPages(continuation, pageSize);
        await foreach (var page in pages.ConfigureAwait(false))
        {
            // The service may return fewer rows than asked (or none) with a token; one call answers one page.
            foreach (var row in page.Values)
            {
                row.RowKey = IdOfIndexKey(row.RowKey);
            }

            return (page.Values, page.ContinuationToken);
        }

        return ([], null);
    }

    /// <summary>Notices with the given status, newest first, up to <paramref name="max"/>; read from the index with a service-side filter.</summary>
    public async Task<IReadOnlyList<NoticeRecord>> ListByStatusAsync(NoticeStatus status, int max, CancellationToken cancellationToken)
    {
        var list = new List<NoticeRecord>();
        string? token = null;
        do
        {
            var (rows, next) = await ListPageAsync(new NoticeQuery { Status = status.ToName() }, Math.Min(max, 500), token, cancellationToken).ConfigureAwait(false);
            list.AddRange(rows);
            token = next;
        }
        while (token is not null && list.Count < max);
        return list.Take(max).ToList();
    }

    public static string IndexKey(DateTimeOffset receivedAt, string noticeId) =>
        string.Create(CultureInfo.InvariantCulture, $"{IndexPrefix}{DateTimeOffset.MaxValue.UtcTicks - receivedAt.UtcTicks:D19}-{noticeId}");

    private static string IdOfIndexKey(string rowKey) =>
        rowKey.StartsWith(IndexPrefix, StringComparison.Ordinal) && rowKey.Length > IndexPrefix.Length + 20 ? rowKey[(IndexPrefix.Length + 20)..] : rowKey;

    private static NoticeRecord IndexOf(NoticeRecord r) => new()
    {
        PartitionKey = r.PartitionKey,
        RowKey = IndexKey(r.ReceivedAt, r.RowKey),
        BlobName = r.BlobName,
        Status = r.Status,
        Reason = r.Reason,
        DuplicateOf = r.DuplicateOf,
        ContentLength = r.ContentLength,
        Kind = r.Kind,
        DocumentType = r.DocumentType,
        Number = r.Number,
        Symbol = r.Symbol,
        Title = r.Title,
        NoticeDate = r.NoticeDate,
        Urgency = r.Urgency,
        UploadedBy = r.UploadedBy,
        ReviewedBy = r.ReviewedBy,
        ReviewedAt = r.ReviewedAt,
        RecalledBy = r.RecalledBy,
        RecalledAt = r.RecalledAt,
        RecipientCount = r.RecipientCount,
        DeliveryCount = r.DeliveryCount,
        UnresolvedCount = r.UnresolvedCount,
        Attempts = r.Attempts,
        ReceivedAt = r.ReceivedAt,
        ParsedAt = r.ParsedAt,
        DispatchedAt = r.DispatchedAt,
    };

    private static string IndexFilter(NoticeQuery q)
    {
        // Newest first: a later "to" bound gives a smaller key.
        var from = q.ReceivedTo is { } to ? IndexKey(to, "") : IndexPrefix;
        var until = q.ReceivedFrom is { } f ? IndexKey(f, "~") : IndexEnd;
        var parts = new List<string> { $"PartitionKey eq '{NoticeRecord.Partition}'", $"RowKey ge '{from}'", $"RowKey lt '{until}'" };
        if (!string.IsNullOrWhiteSpace(q.Status))
        {
            parts.Add(TableClient.CreateQueryFilter($"Status eq {q.Status}"));
        }

        if (!string.IsNullOrWhiteSpace(q.DocumentType))
        {
            parts.Add(TableClient.CreateQueryFilter($"DocumentType eq {q.DocumentType}"));
        }

        if (!string.IsNullOrWhiteSpace(q.Urgency))
        {
            parts.Add(TableClient.CreateQueryFilter($"Urgency eq {q.Urgency}"));
        }

        return string.Join(" and ", parts);
    }
}
