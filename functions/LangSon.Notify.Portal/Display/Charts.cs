using System.Globalization;
using LangSon.Notify.Portal.Monitoring;

namespace LangSon.Notify.Portal.Display;

/// <summary>The portal's charts, built from monitoring figures.</summary>
public static class Charts
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static BarChart Funnel(string id, Funnel f, string scope)
    {
        string Share(int n) => f.Queued == 0 ? "" : $"({Math.Round(100.0 * n / f.Queued).ToString("0", Vi)}%)";
        return new BarChart(id, "Phễu phát hành", $"{scope}, tính theo cơ quan nhận: có lượt gửi, đã gửi đi, đã đến (mã 01), đã trả lời (mã 02, 03 hoặc báo cáo nhiệm vụ).", "Bước", "Số cơ quan",
        [
            new("Có lượt gửi (xếp hàng)", f.Queued, f.Queued.ToString(Vi), Share(f.Queued)),
            new("Đã gửi đi", f.Sent, f.Sent.ToString(Vi), Share(f.Sent)),
            new("Đã đến (01)", f.Arrived, f.Arrived.ToString(Vi), Share(f.Arrived)),
            new("Đã trả lời (02/03)", f.Answered, f.Answered.ToString(Vi), Share(f.Answered)),
        ]);
    }

    /// <summary>Days, written the Vietnamese way ("1,5 ngày"), or hours below a day.</summary>
    public static string Duration(TimeSpan span) =>
        span.TotalDays >= 1 ? $"{span.TotalDays.ToString("0.#", Vi)} ngày" : span.TotalHours >= 1 ? $"{span.TotalHours.ToString("0.#", Vi)} giờ" : $"{Math.Max(0, span.TotalMinutes).ToString("0", Vi)} phút";
}
