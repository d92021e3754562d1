using LangSon.Notify.Core.Storage;
using Microsoft.Extensions.Logging;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>
/// An admin's actions on a dispatched notice: retry a failed delivery, resend to one agency, recall the notice. Each
/// new message is a delivery row with its own id derived from the notice, recipient, channel and occasion, so a
/// repeated request adds nothing and no recipient gets a duplicate.
/// </summary>
public sealed class DeliveryActions(
    NoticeStore notices,
    DeliveryStore deliveries,
    IDeliveryQueue queue,
    TimeProvider time,
    ILogger<DeliveryActions> logger)
{
    /// <summary>Puts a failed delivery back in the queue with a fresh attempt budget. Returns a Vietnamese message when it cannot.</summary>
    public async Task<string?> RetryAsync(string noticeId, string deliveryId, string user, CancellationToken cancellationToken)
    {
        var row = await deliveries.GetAsync(noticeId, deliveryId, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return "Không tìm thấy lượt gửi.";
        }

        if (row.GetStatus() != DeliveryStatus.Failed)
        {
            return $"Chỉ gửi lại được lượt gửi thất bại (trạng thái hiện tại: {row.Status}).";
        }

        if (string.IsNullOrWhiteSpace(row.Address))
        {
            return "Cơ quan không có địa chỉ cho kênh này: hãy bổ sung danh bạ trước.";
        }

        var previous = row.Reason;
        row.Status = DeliveryStatus.Queued.ToName();
        row.Attempts = 0;
        row.Reason = null;
        row.FailedAt = null;
        row.ClaimedAt = null;
        row.ClaimedBy = null;
        if (!await deliveries.TryReplaceAsync(row, cancellationToken).ConfigureAwait(false))
        {
            return "Lượt gửi vừa thay đổi; hãy tải lại trang.";
        }

        deliveries.AppendEvent(row, "retry-requested", $"{user}; lỗi trước: {previous}", user);
        await queue.EnqueueAsync([new DeliveryMessage(noticeId, deliveryId)], cancellationToken).ConfigureAwait(false);
        logger.FollowUpQueued("retry", noticeId, user, 1);
        return null;
    }

    /// <summary>Sends the notice again to one agency on each of its channels. <paramref name="requestId"/> comes from the form, so a double submit sends once.</summary>
    public async Task<string?> ResendAsync(string noticeId, string entryId, string requestId, string user, CancellationToken cancellationToken)
    {
        var originals = (await deliveries.ListAsync(noticeId, cancellationToken).ConfigureAwait(false))
            .Where(d => d.Kind == DeliveryKinds.Notice && d.EntryId == entryId && !string.IsNullOrWhiteSpace(d.Address))
            .ToList();
        if (originals.Count == 0)
        {
            return "Cơ quan này không có lượt gửi nào để gửi lại.";
        }

        var count = await AddFollowUpsAsync(noticeId, originals, DeliveryKinds.Resend, requestId, user, cancellationToken).ConfigureAwait(false);
        logger.FollowUpQueued(DeliveryKinds.Resend, noticeId, user, count);
        return null;
    }

    /// <summary>Sends a recall message to exactly the recipients the notice reached (its sent deliveries), once each.</summary>
    public async Task<string?> RecallAsync(string noticeId, string user, CancellationToken cancellationToken)
    {
        var notice = await notices.GetAsync(noticeId, cancellationToken).ConfigureAwait(false);
        if (notice is null)
        {
            return "Không tìm thấy văn bản.";
        }

        var reached = (await deliveries.ListAsync(noticeId, cancellationToken).ConfigureAwait(false))
            .Where(d => d.Kind == DeliveryKinds.Notice && d.GetStatus() == DeliveryStatus.Sent)
            .ToList();
        if (reached.Count == 0)
        {
            return "Văn bản chưa được gửi tới ai: không có gì để thu hồi.";
        }

        if (notice.RecalledAt is null)
        {
            notice.RecalledAt = time.GetUtcNow();
            notice.RecalledBy = user;
            await notices.UpsertAsync(notice, cancellationToken).ConfigureAwait(false);
        }

        var count = await AddFollowUpsAsync(noticeId, reached, DeliveryKinds.Recall, "", user, cancellationToken).ConfigureAwait(false);
        logger.FollowUpQueued(DeliveryKinds.Recall, noticeId, user, count);
        return null;
    }

    private async Task<int> AddFollowUpsAsync(string noticeId, IReadOnlyList<DeliveryRecord> originals, string kind, string occasion, string user, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rows = originals
            .Select(o => new DeliveryRecord
            {
                PartitionKey = noticeId,
                RowKey = NoticeIds.ForFollowUp(noticeId, o.EntryId, o.Channel, kind, occasion),
                EntryId = o.EntryId,
                AgencyName = o.AgencyName,
                Kind = kind,
                Channel = o.Channel,
                Address = o.Address,
                ExcerptLabels = o.ExcerptLabels,
                CreatedAt = now,
                ClaimedBy = null,
            })
            .DistinctBy(r => r.RowKey)
            .ToList();
        await deliveries.AddMissingAsync(noticeId, rows, cancellationToken).ConfigureAwait(false);
        // Re-read: only rows still queued get a message (a repeated request finds them sent and queues nothing).
        var ids = rows.Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);
        var queued = (await deliveries.ListAsync(noticeId, cancellationToken).ConfigureAwait(false))
            .Where(d => ids.Contains(d.RowKey) && d.GetStatus() == DeliveryStatus.Queued)
            .ToList();
        foreach (var row in queued)
        {
            deliveries.AppendEvent(row, $"{kind}-requested", user, user);
        }

        await queue.EnqueueAsync(queued.Select(d => new DeliveryMessage(noticeId, d.DeliveryId)).ToList(), cancellationToken).ConfigureAwait(false);
        return queued.Count;
    }
}
