using System.Globalization;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Portal.Display;
using LangSon.Notify.Portal.Monitoring;
using LangSon.Notify.Portal.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Portal.Pages.QuanTri;

/// <summary>The notices list: filters, text search, progress per notice, paged from the table newest first.</summary>
public sealed class ThongBaoModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = "tu")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "loai")]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true, Name = "trangthai")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "khan")]
    public string? Urgency { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "tiep")]
    public string? Continuation { get; set; }

    public string? Error { get; private set; }

    public string? Next { get; private set; }

    internal IReadOnlyList<NoticeRecord> Rows { get; private set; } = [];

    public static readonly IReadOnlyList<string> Types = ["Thông báo", "Công văn", "Kế hoạch", "Quyết định", "Chỉ thị", "Tờ trình", "Báo cáo"];

    public static readonly IReadOnlyList<string> Urgencies = ["KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var from = ParseDate(From, "Từ ngày");
        var to = ParseDate(To, "Đến ngày");
        if (Error is not null)
        {
            return;
        }

        var query = new NoticeQuery
        {
            ReceivedFrom = from is { } f ? VnTime.StartOfDay(f) : null,
            ReceivedTo = to is { } t ? VnTime.StartOfDay(t.AddDays(1)) : null,
            Status = Empty(Status),
            DocumentType = Empty(Type),
            Urgency = Empty(Urgency),
        };
        var pageSize = HttpContext.RequestServices.GetRequiredService<IOptions<PortalOptions>>().Value.PageSize;
        var reader = HttpContext.RequestServices.GetRequiredService<PortalReader>();
        (Rows, Next) = await reader.ListNoticesAsync(query, Empty(Search), Empty(Continuation), pageSize, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The progress of listed notices without a stored snapshot, fetched by the page after it is shown (one request):
    /// each reads its delivery rows, the slow part of the list, so the list itself appears at once. Settled ones are
    /// stored (see <see cref="ProgressSnapshots"/>) and come with the list from then on.
    /// </summary>
    public async Task<IActionResult> OnGetProgressAsync(string? ids, CancellationToken cancellationToken)
    {
        var list = (ids ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(id => id.Length <= 100 && id.All(c => char.IsAsciiHexDigit(c) || c == '-'))
            .Distinct(StringComparer.Ordinal)
            .Take(200)
            .ToList();
        var reader = HttpContext.RequestServices.GetRequiredService<PortalReader>();
        var snapshots = HttpContext.RequestServices.GetRequiredService<ProgressSnapshots>();
        var progress = new DeliveryProgress[list.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, list.Count),
            new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                progress[i] = await reader.GetProgressAsync(list[i], ct, dispatchOnly: true).ConfigureAwait(false);
                await snapshots.StoreIfSettledAsync(list[i], progress[i], ct).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return Partial("_ListProgress", list.Zip(progress).ToList());
    }

    public string PageLink(string? continuation)
    {
        var values = new Dictionary<string, string?> { ["tu"] = From, ["den"] = To, ["loai"] = Type, ["trangthai"] = Status, ["khan"] = Urgency, ["q"] = Search, ["tiep"] = continuation };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/quan-tri/thong-bao", values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }

    private DateOnly? ParseDate(string? value, string field)
    {
        var day = VnTime.ParseDay(value, field, out var error);
        Error = error ?? Error;
        return day;
    }

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
