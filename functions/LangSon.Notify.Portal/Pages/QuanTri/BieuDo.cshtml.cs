using System.Globalization;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Portal.Display;
using LangSon.Notify.Portal.Monitoring;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LangSon.Notify.Portal.Pages.QuanTri;

/// <summary>Charts over the notices received in a period: the delivery funnel, acknowledgement time per agency, overdue tasks.</summary>
public sealed class BieuDoModel : PageModel
{
    private const int DefaultDays = 30;

    [BindProperty(SupportsGet = true, Name = "tu")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den")]
    public string? To { get; set; }

    /// <summary>One notice only (its id), instead of a period.</summary>
    [BindProperty(SupportsGet = true, Name = "vb")]
    public string? NoticeId { get; set; }

    public string? NoticeName { get; private set; }

    public string? Error { get; private set; }

    public DateOnly FromDay { get; private set; }

    public DateOnly ToDay { get; private set; }

    public MonitoringOverview? Overview { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(VnTime.ToLocal(HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow()).Date);
        ToDay = Parse(To, "Đến ngày") ?? today;
        FromDay = Parse(From, "Từ ngày") ?? ToDay.AddDays(-DefaultDays);
        if (Error is null && FromDay > ToDay)
        {
            Error = "Từ ngày phải trước hoặc bằng Đến ngày.";
        }

        if (Error is not null)
        {
            return;
        }

        var services = HttpContext.RequestServices;
        if (!string.IsNullOrWhiteSpace(NoticeId))
        {
            var notice = await services.GetRequiredService<PortalReader>().GetNoticeAsync(NoticeId.Trim(), cancellationToken).ConfigureAwait(false);
            if (notice is null)
            {
                Error = "Không có văn bản này.";
                return;
            }

            NoticeName = $"{notice.DocumentType ?? "Văn bản"} {notice.Number ?? notice.BlobName}";
            Overview = await services.GetRequiredService<OverviewBuilder>().BuildAsync(notice, cancellationToken).ConfigureAwait(false);
            return;
        }

        var query = new NoticeQuery { ReceivedFrom = VnTime.StartOfDay(FromDay), ReceivedTo = VnTime.StartOfDay(ToDay.AddDays(1)) };
        Overview = await services.GetRequiredService<OverviewBuilder>().BuildAsync(query, cancellationToken).ConfigureAwait(false);
    }

    public BarChart AckChart() => new(
        "thoi-gian-tra-loi",
        "Thời gian trả lời theo cơ quan",
        "Từ lúc văn bản được gửi đi tới khi cơ quan trả lời (02, 03 hoặc báo cáo nhiệm vụ): trung vị, kèm lần gần nhất và số lần.",
        "Cơ quan",
        "Trung vị",
        Overview!.AckTimes.Select(a => new BarChart.Bar(a.Agency, a.Median.TotalHours, Charts.Duration(a.Median), $"(gần nhất {Charts.Duration(a.Last)}, {a.Count} lần)")).ToList());

    public BarChart OverdueChart() => new(
        "nhiem-vu-qua-han",
        "Nhiệm vụ quá hạn theo cơ quan",
        "Nhiệm vụ đã qua hạn mà cơ quan chưa báo 06 (đã xử lý xong).",
        "Cơ quan",
        "Số nhiệm vụ",
        Overview!.Overdue.Select(o => new BarChart.Bar(o.Agency, o.Count, o.Count.ToString(CultureInfo.GetCultureInfo("vi-VN")))).ToList());

    private DateOnly? Parse(string? value, string field)
    {
        var day = VnTime.ParseDay(value, field, out var error);
        Error = error ?? Error;
        return day;
    }
}
