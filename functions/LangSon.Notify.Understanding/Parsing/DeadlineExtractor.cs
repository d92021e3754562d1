using System.Globalization;
using System.Text.RegularExpressions;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Parsing;

/// <summary>
/// Finds the deadline a task states ("trước ngày 30/7/2020", "trong tháng 8/2020", "quý III năm 2026", "trong 10 ngày kể
/// từ ngày ký", "Thời gian thực hiện: Quý I/2015") and the day it falls on.
/// </summary>
internal static partial class DeadlineExtractor
{
    private const string Day = @"ngày\s+\d{1,2}(?:\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?|\s+tháng\s+\d{1,2}(?:\s*(?:,\s*)?năm\s+\d{4})?)";
    private const string Period = @"(?:tháng\s+\d{1,2}(?:\s*/\s*\d{4}|\s+năm\s+\d{4})?|quý\s+(?:IV|I{1,3}|[1-4])\b(?:\s*/\s*\d{4}|\s+năm\s+\d{4})?|năm\s+\d{4})";

    [GeneratedRegex(
        @"(?:trước|chậm nhất|hạn chót|không quá|muộn nhất)(?:\s+(?:là|vào))?\s+(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s*,?\s+)?" + Day
        + @"|(?:(?:hoàn thành|xong|thực hiện)\s+)?(?:trong|trước|hết|cuối|đến hết|trong vòng)\s+" + Period
        + @"|(?:trong|trong vòng|trong thời hạn)\s+\d{1,3}\s+ngày(?:\s+làm việc)?\s*,?\s+(?:kể\s+)?từ\s+(?:ngày|khi)\s+[^.;,\n]{0,40}"
        + @"|Thời\s+(?:gian|hạn)(?:\s+(?:thực hiện|hoàn thành|báo cáo))?\s*:\s*[^.;\n]+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Deadline();

    [GeneratedRegex(@"ngày\s+(?<d>\d{1,2})\s*/\s*(?<m>\d{1,2})(?!\d)(?:\s*/\s*(?<y>\d{4}))?|(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})|ngày\s+(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})(?:\s*(?:,\s*)?năm\s+(?<y>\d{4}))?", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex DayOf();

    [GeneratedRegex(@"tháng\s+(?<m>\d{1,2})(?:\s*/\s*(?<y>\d{4})|\s+năm\s+(?<y>\d{4}))?", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex MonthOf();

    [GeneratedRegex(@"quý\s+(?<q>IV|I{1,3}|[1-4])\b(?:\s*/\s*(?<y>\d{4})|\s+năm\s+(?<y>\d{4}))?", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex QuarterOf();

    [GeneratedRegex(@"năm\s+(?<y>\d{4})", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex YearOf();

    [GeneratedRegex(@"(?<n>\d{1,3})\s+ngày(?<work>\s+làm việc)?\s*,?\s+(?:kể\s+)?từ\s+ngày\s+(?:ký|ban hành)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex DaysFromSigning();

    [GeneratedRegex(@"^\s*(?:Thời\s+(?:gian|hạn)[^:]*:\s*)?(?:thường xuyên|hằng|hàng|định kỳ|liên tục)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Recurring();

    [GeneratedRegex(@"^\s*(?:trước|không quá|chậm nhất)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Before();

    public static string? Find(string text)
    {
        var m = Deadline().Match(text);
        return m.Success ? m.Value.Trim().TrimEnd(',', ' ') : null;
    }

    /// <summary>
    /// The day a deadline phrase falls on: a stated day as is; a month, quarter or year gives its last day ("trước" a
    /// period: the day before it starts); days counted from signing count from the notice's date. Null when the
    /// phrase names no day ("thường xuyên", "hằng năm") or the year cannot be known.
    /// </summary>
    public static DateOnly? DueDate(string? phrase, NoticeDate noticeDate)
    {
        if (string.IsNullOrWhiteSpace(phrase) || Recurring().IsMatch(phrase))
        {
            return null;
        }

        var before = Before().IsMatch(phrase);
        if (DaysFromSigning().Match(phrase) is { Success: true } counted)
        {
            return noticeDate.ToDateOnly() is { } signed ? Count(signed, int.Parse(counted.Groups["n"].Value, CultureInfo.InvariantCulture), counted.Groups["work"].Success) : null;
        }

        if (DayOf().Match(phrase) is { Success: true } day)
        {
            var year = Year(day.Groups["y"], noticeDate);
            return year is { } y ? Make(y, Int(day.Groups["m"]), Int(day.Groups["d"])) : null;
        }

        if (QuarterOf().Match(phrase) is { Success: true } quarter && Year(quarter.Groups["y"], noticeDate) is { } qy)
        {
            var q = quarter.Groups["q"].Value.ToUpperInvariant() switch { "I" or "1" => 1, "II" or "2" => 2, "III" or "3" => 3, _ => 4 };
            var start = new DateOnly(qy, (q * 3) - 2, 1);
            return before ? start.AddDays(-1) : start.AddMonths(3).AddDays(-1);
        }

        if (MonthOf().Match(phrase) is { Success: true } month && Year(month.Groups["y"], noticeDate) is { } my && Int(month.Groups["m"]) is >= 1 and <= 12)
        {
            var start = new DateOnly(my, Int(month.Groups["m"]), 1);
            return before ? start.AddDays(-1) : start.AddMonths(1).AddDays(-1);
        }

        if (YearOf().Match(phrase) is { Success: true } yearOnly && int.TryParse(yearOnly.Groups["y"].Value, CultureInfo.InvariantCulture, out var whole) && whole is > 1900 and < 2200)
        {
            return before ? new DateOnly(whole - 1, 12, 31) : new DateOnly(whole, 12, 31);
        }

        return null;
    }

    private static DateOnly Count(DateOnly from, int days, bool workingDays)
    {
        if (!workingDays)
        {
            return from.AddDays(days);
        }

        var date = from;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
            {
                days--;
            }
        }

        return date;
    }

    private static int? Year(Group group, NoticeDate noticeDate) =>
        group.Success && int.TryParse(group.Value, CultureInfo.InvariantCulture, out var y) && y is > 1900 and < 2200 ? y : noticeDate.Year is > 1900 and < 2200 ? noticeDate.Year : null;

    private static int Int(Group group) => int.TryParse(group.Value, CultureInfo.InvariantCulture, out var v) ? v : 0;

    private static DateOnly? Make(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
}
