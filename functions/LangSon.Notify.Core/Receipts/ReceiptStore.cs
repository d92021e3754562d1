using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using LangSon.Notify.Core.Storage;

namespace LangSon.Notify.Core.Receipts;

public sealed class ReceiptStore(NotifyStorage storage)
{
    public async Task<ReceiptRecord?> GetAsync(string noticeId, string deliveryId, CancellationToken cancellationToken)
    {
        var response = await storage.Receipts.GetEntityIfExistsAsync<ReceiptRecord>(noticeId, deliveryId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    public async Task<IReadOnlyList<ReceiptRecord>> ListAsync(string noticeId, CancellationToken cancellationToken)
    {
        var list = new List<ReceiptRecord>();
        await foreach (var row in storage.Receipts.QueryAsync<ReceiptRecord>(r => r.PartitionKey == noticeId, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(row);
        }

        return list;
    }

    /// <summary>Inserts a new row or replaces the one read (ETag); false when someone else wrote first.</summary>
    public async Task<bool> TrySaveAsync(ReceiptRecord row, bool isNew, CancellationToken cancellationToken)
    {
        try
        {
            var response = isNew
                ? await storage.Receipts.AddEntityAsync(row, cancellationToken).ConfigureAwait(false)
                : await storage.Receipts.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            row.ETag = response.Headers.ETag ?? row.ETag;
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>Appends the event under a row key derived from its source and key; false when it was kept before.</summary>
    public async Task<bool> TryAddEventAsync(ReceiptEvent e, CancellationToken cancellationToken)
    {
        try
        {
            await storage.DeliveryEvents.AddEntityAsync(ToEventRecord(e), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Appends events of one notice in one transaction when none was kept before, else one by one; returns those that were new.</summary>
    public async Task<IReadOnlyList<ReceiptEvent>> TryAddEventsAsync(IReadOnlyList<ReceiptEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count > 1 && events.Count <= 100 && events.All(e => e.NoticeId == events[0].NoticeId))
        {
            try
            {
                await storage.DeliveryEvents.SubmitTransactionAsync(events.Select(e => new TableTransactionAction(TableTransactionActionType.Add, ToEventRecord(e))), cancellationToken).ConfigureAwait(false);
                return events;
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 409)
            {
                // Some were kept before: find out which, one by one.
            }
        }

        var added = new List<ReceiptEvent>();
        foreach (var e in events)
        {
            if (await TryAddEventAsync(e, cancellationToken).ConfigureAwait(false))
            {
                added.Add(e);
            }
        }

        return added;
    }

    public static DeliveryEventRecord ToEventRecord(ReceiptEvent e) => new()
    {
        PartitionKey = e.NoticeId,
        RowKey = EventRowKey(e),
        DeliveryId = e.DeliveryId,
        Kind = e.Kind == "open" && e.MachineOpen ? "open-machine" : e.Kind,
        Source = e.Source,
        Task = e.Task,
        Detail = e.Detail is { Length: > 4000 } ? e.Detail[..4000] : e.Detail,
        At = e.At,
    };

    /// <summary>Deterministic, so the same event always lands on the same row and is kept once.</summary>
    public static string EventRowKey(ReceiptEvent e) =>
        $"{e.DeliveryId}-r-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{e.Source}|{e.Key}")))[..24]}";

    /// <summary>The delivery whose provider message id is <paramref name="providerMessageId"/> (SendGrid's X-Message-Id), across notices.</summary>
    public async Task<DeliveryRecord?> FindByProviderMessageIdAsync(string providerMessageId, CancellationToken cancellationToken)
    {
        await foreach (var row in storage.DeliveryRows.QueryAsync<DeliveryRecord>(r => r.ProviderMessageId == providerMessageId, maxPerPage: 1, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            return row;
        }

        return null;
    }
}
