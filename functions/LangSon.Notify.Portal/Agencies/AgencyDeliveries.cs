using Azure.Data.Tables;
using LangSon.Notify.Core.Storage;

namespace LangSon.Notify.Portal.Agencies;

/// <summary>
/// Who receives what: the notices an agency was sent and each of its deliveries. Deliveries are partitioned by notice,
/// so this filters the table by the agency's entry id (a scan the service pages through, read here up to a limit).
/// </summary>
internal sealed class AgencyDeliveries(NotifyStorage storage, NoticeStore notices)
{
    public const int MaxDeliveries = 500;

    public async Task<(IReadOnlyList<AgencyReceipt> Notices, bool Truncated)> ListAsync(string entryId, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"EntryId eq {entryId}");
        await foreach (var row in storage.DeliveryRows.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["PartitionKey", "Kind", "Channel", "Address", "Status", "SentAt"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
            if (rows.Count > MaxDeliveries)
            {
                break;
            }
        }

        var truncated = rows.Count > MaxDeliveries;
        var groups = rows.Take(MaxDeliveries).GroupBy(r => r.PartitionKey, StringComparer.Ordinal).ToList();
        var found = new NoticeRecord?[groups.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, groups.Count), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (i, ct) => found[i] = await notices.GetAsync(groups[i].Key, ct).ConfigureAwait(false)).ConfigureAwait(false);

        var list = groups.Select((g, i) => new AgencyReceipt(
                g.Key,
                found[i] is { } n ? $"{n.DocumentType ?? "Văn bản"} {n.Number ?? n.BlobName}" : g.Key[..Math.Min(12, g.Key.Length)],
                found[i]?.Title,
                found[i]?.ReceivedAt,
                g.Select(r => (r.GetString("Kind") ?? DeliveryKinds.Notice, r.GetString("Channel") ?? "", r.GetString("Address") ?? "", r.GetString("Status") ?? "", r.GetDateTimeOffset("SentAt")))
                    .OrderBy(d => d.Item5 ?? DateTimeOffset.MaxValue).ToList()))
            .OrderByDescending(r => r.ReceivedAt ?? DateTimeOffset.MinValue)
            .ToList();
        return (list, truncated);
    }
}
