using System.Globalization;
using CsvHelper;
using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Portal.Display;
using LangSon.Notify.Portal.Monitoring;
using LangSon.Notify.Portal.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using MiniExcelLibs;

namespace LangSon.Notify.Portal.Pages.QuanTri;

/// <summary>
/// One notice's delivery, per agency and channel: status, attempts, event history, updating live while deliveries
/// are unfinished. Actions: retry a failed delivery, resend to one agency, recall the notice. Exports CSV and Excel.
/// </summary>
public sealed class ChiTietModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "tiep")]
    public string? Continuation { get; set; }

    [BindProperty(SupportsGet = true, Name = "tb")]
    public string? Message { get; set; }

    /// <summary>Ties a resend to this rendering of the page, so submitting the same form twice sends once.</summary>
    public string RequestId { get; } = Guid.NewGuid().ToString("N");

    internal NoticeRecord? Notice { get; private set; }

    internal DeliveryProgress Progress { get; private set; } = DeliveryProgress.None;

    internal IReadOnlyList<DeliveryRecord> Deliveries { get; private set; } = [];

    /// <summary>Answers 01–06, tasks, funnel and provider states of the whole notice.</summary>
    public NoticeMonitor Monitor { get; private set; } = NoticeMonitor.Empty("");

    /// <summary>The answers of the agencies on this page of deliveries, in the order they first appear.</summary>
    public IReadOnlyList<AgencyAnswer> PageAnswers =>
        Deliveries.Select(d => d.EntryId).Distinct(StringComparer.Ordinal).Select(e => Monitor.Answers.GetValueOrDefault(e)).OfType<AgencyAnswer>().ToList();

    public string? Next { get; private set; }

    /// <summary>Whether the page should keep polling: the notice is being dispatched or a delivery is unfinished.</summary>
    public bool Live => Notice is { } n && (n.GetStatus() is NoticeStatus.Received or NoticeStatus.Parsed or NoticeStatus.Dispatching || Progress.Final < Progress.Total);

    private PortalReader Reader => HttpContext.RequestServices.GetRequiredService<PortalReader>();

    private DeliveryActions Actions => HttpContext.RequestServices.GetRequiredService<DeliveryActions>();

    private ProgressSnapshots Snapshots => HttpContext.RequestServices.GetRequiredService<ProgressSnapshots>();

    private string UserName => User.Identity?.Name ?? "?";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken).ConfigureAwait(false) ? Page() : NotFound();

    /// <summary>The live part (summary and the current page of deliveries), polled by htmx.</summary>
    public async Task<IActionResult> OnGetLiveAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken).ConfigureAwait(false) ? Partial("_NoticeLive", this) : NotFound();

    public async Task<IActionResult> OnGetEventsAsync(string delivery, CancellationToken cancellationToken)
    {
        var events = await Reader.GetEventsAsync(Id, delivery, cancellationToken).ConfigureAwait(false);
        var row = await HttpContext.RequestServices.GetRequiredService<DeliveryStore>().GetAsync(Id, delivery, cancellationToken).ConfigureAwait(false);
        return Partial("_DeliveryEvents", (row, events));
    }

    public async Task<IActionResult> OnPostRetryAsync(string delivery, CancellationToken cancellationToken)
    {
        await Snapshots.ClearAsync(Id, cancellationToken).ConfigureAwait(false);
        return Done(await Actions.RetryAsync(Id, delivery, UserName, cancellationToken).ConfigureAwait(false), "Đã đưa lượt gửi vào hàng đợi gửi lại.");
    }

    public async Task<IActionResult> OnPostResendAsync(string entry, string requestId, CancellationToken cancellationToken)
    {
        await Snapshots.ClearAsync(Id, cancellationToken).ConfigureAwait(false);
        return Done(await Actions.ResendAsync(Id, entry, requestId, UserName, cancellationToken).ConfigureAwait(false), "Đã gửi lại văn bản tới cơ quan.");
    }

    public async Task<IActionResult> OnPostRecallAsync(bool confirm, CancellationToken cancellationToken) =>
        !confirm
            ? Done("Hãy đánh dấu ô xác nhận thu hồi.", "")
            : Done(await Actions.RecallAsync(Id, UserName, cancellationToken).ConfigureAwait(false), "Đã gửi thông báo thu hồi tới các nơi đã nhận văn bản.");

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var rows = await ExportRowsAsync(cancellationToken).ConfigureAwait(false);
        var stream = new MemoryStream();
        // Escape protects spreadsheet users from cells that start like a formula (an agency name cannot be trusted).
        await using (var csv = CsvWriter.Create(stream, new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true }, leaveOpen: true))
        {
            csv.WriteHeader([.. DeliveryExportRow.Headers]);
            foreach (var row in rows)
            {
                csv.WriteRecord(row.Values().Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "").ToArray());
            }
        }

        stream.Position = 0;
        return File(stream, "text/csv; charset=utf-8", $"phat-hanh-{Id[..12]}.csv");
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        var rows = await ExportRowsAsync(cancellationToken).ConfigureAwait(false);
        var stream = new MemoryStream();
        await stream.SaveAsAsync(rows.Select(r => r.ToDictionary()).ToList(), sheetName: "Phát hành", cancellationToken: cancellationToken).ConfigureAwait(false);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"phat-hanh-{Id[..12]}.xlsx");
    }

    private async Task<List<DeliveryExportRow>> ExportRowsAsync(CancellationToken cancellationToken) =>
        (await Reader.GetAllDeliveriesAsync(Id, cancellationToken).ConfigureAwait(false))
            .OrderBy(d => d.AgencyName, StringComparer.Ordinal).ThenBy(d => d.Channel, StringComparer.Ordinal).ThenBy(d => d.CreatedAt)
            .Select(d => new DeliveryExportRow(
                d.AgencyName,
                d.EntryId,
                StatusLabels.Kind(d.Kind),
                StatusLabels.Channel(d.Channel),
                d.Address,
                StatusLabels.Delivery(d.Status),
                d.Attempts,
                VnTime.DateTimeSeconds(d.CreatedAt),
                d.SentAt is null ? "" : VnTime.DateTimeSeconds(d.SentAt),
                d.FailedAt is null ? "" : VnTime.DateTimeSeconds(d.FailedAt),
                d.Reason ?? "",
                d.ProviderMessageId ?? "",
                d.DeliveryId))
            .ToList();

    private IActionResult Done(string? error, string success) =>
        Redirect(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString($"/quan-tri/thong-bao/{Id}", "tb", error ?? success));

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Notice = await Reader.GetNoticeAsync(Id, cancellationToken).ConfigureAwait(false);
        if (Notice is null)
        {
            return false;
        }

        var pageSize = HttpContext.RequestServices.GetRequiredService<IOptions<PortalOptions>>().Value.PageSize;
        var monitor = HttpContext.RequestServices.GetRequiredService<MonitoringReader>().ReadAsync(Notice, cancellationToken);
        var page = Reader.GetDeliveriesPageAsync(Id, string.IsNullOrWhiteSpace(Continuation) ? null : Continuation, pageSize, cancellationToken);
        Monitor = await monitor.ConfigureAwait(false);
        Progress = Monitor.Progress;
        (Deliveries, Next) = await page.ConfigureAwait(false);
        return true;
    }
}
