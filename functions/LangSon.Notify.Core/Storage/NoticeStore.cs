using Azure;
using Azure.Data.Tables;

namespace LangSon.Notify.Core.Storage;

internal sealed class NoticeStore(NotifyStorage storage)
{
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
            await Table.AddEntityAsync(record, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task UpsertAsync(NoticeRecord record, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(record, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<NoticeRecord>> ListAsync(int max, CancellationToken cancellationToken)
    {
        var list = new List<NoticeRecord>();
        await foreach (var row in Table.QueryAsync<NoticeRecord>(r => r.PartitionKey == NoticeRecord.Partition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(row);
        }

        return list.OrderByDescending(r => r.ReceivedAt).Take(max).ToList();
    }
}
