using LangSon.Notify.Core.Storage;

namespace LangSon.Notify.Portal.Monitoring;

/// <summary>What the monitoring pages show, read page by page from the tables.</summary>
internal sealed class PortalReader(NoticeStore notices, DeliveryStore deliveries)
{
    /// <summary>Pages scanned at most to fill one page of text-search results.</summary>
    private const int MaxSearchPages = 20;

    public Task<NoticeRecord?> GetNoticeAsync(string id, CancellationToken cancellationToken) => notices.GetAsync(id, cancellationToken);

    /// <summary>
    /// One page of notices, newest first. Filters run in the table service; the text search (number, title, file name)
    /// filters rows as pages are read, reading further pages until one is full.
    /// </summary>
    public async Task<(IReadOnlyList<NoticeRecord> Rows, string? Next)> ListNoticesAsync(
        NoticeQuery query, string? search, string? continuation, int pageSize, CancellationToken cancellationToken)
    {
        var found = new List<NoticeRecord>();
        var token = continuation;
        var pages = 0;
        do
        {
            var (rows, next) = await notices.ListPageAsync(query, pageSize, token, cancellationToken).ConfigureAwait(false);
            found.AddRange(string.IsNullOrWhiteSpace(search) ? rows : rows.Where(r => Matches(r, search)));
            token = next;
            pages++;
        }
        while (token is not null && found.Count < pageSize && pages < MaxSearchPages);

        return (found, token);
    }

    /// <summary>Progress of every delivery of the notice, or with <paramref name="dispatchOnly"/> of the notice itself (notice and resend kinds, not reminders or recalls).</summary>
    public async Task<DeliveryProgress> GetProgressAsync(string noticeId, CancellationToken cancellationToken, bool dispatchOnly = false)
    {
        var all = await deliveries.ListStatusesAsync(noticeId, cancellationToken).ConfigureAwait(false);
        var statuses = dispatchOnly ? all.Where(s => s.Kind is DeliveryKinds.Notice or DeliveryKinds.Resend).ToList() : all;
        return new DeliveryProgress(
            statuses.Count,
            statuses.Count(s => s.Status == "queued"),
            statuses.Count(s => s.Status == "sending"),
            statuses.Count(s => s.Status == "sent"),
            statuses.Count(s => s.Status == "failed"),
            statuses.Max(s => s.FinishedAt));
    }

    public Task<(IReadOnlyList<DeliveryRecord> Rows, string? Continuation)> GetDeliveriesPageAsync(string noticeId, string? continuation, int pageSize, CancellationToken cancellationToken) =>
        deliveries.ListPageAsync(noticeId, pageSize, continuation, cancellationToken);

    public Task<IReadOnlyList<DeliveryRecord>> GetAllDeliveriesAsync(string noticeId, CancellationToken cancellationToken) =>
        deliveries.ListAsync(noticeId, cancellationToken);

    public Task<IReadOnlyList<DeliveryEventRecord>> GetEventsAsync(string noticeId, string deliveryId, CancellationToken cancellationToken) =>
        deliveries.ListEventsAsync(noticeId, deliveryId, cancellationToken);

    private static bool Matches(NoticeRecord r, string search) =>
        Contains(r.Number, search) || Contains(r.Symbol, search) || Contains(r.Title, search) || Contains(r.BlobName, search) || r.RowKey.StartsWith(search.Trim(), StringComparison.OrdinalIgnoreCase);

    private static bool Contains(string? value, string search) =>
        value is not null && System.Globalization.CultureInfo.GetCultureInfo("vi-VN").CompareInfo.IndexOf(value, search.Trim(), System.Globalization.CompareOptions.IgnoreCase | System.Globalization.CompareOptions.IgnoreNonSpace) >= 0;
}
