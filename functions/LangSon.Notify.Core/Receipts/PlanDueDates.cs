using System.Globalization;
using System.Text.RegularExpressions;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Understanding.Parsing;

namespace LangSon.Notify.Core.Receipts;

/// <summary>Task due dates: what the notice states, else the configured default period after dispatch.</summary>
internal static partial class PlanDueDates
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>
    /// The due date the notice states for a task, read from its deadline phrase ("trước ngày 30/7/2020", "trong
    /// tháng 8/2020", "Quý III/2020"); a day or month without a year takes the notice's year. The one place that
    /// turns a parsed task into a date: when the parser gives NoticeTask a DueDate, use it here first.
    /// </summary>
    public static DateOnly? For(ParsedNotice notice, string? taskLabel)
    {
        var task = taskLabel is null ? null : notice.Tasks.FirstOrDefault(t => string.Equals(t.Label, taskLabel, StringComparison.Ordinal));
        return task?.Deadline is { } phrase ? Parse(phrase, notice.Document.Date.Year) : null;
    }

    public static DateOnly? Parse(string phrase, int? noticeYear)
    {
        var m = Day().Match(phrase);
        if (m.Success)
        {
            var year = Number(m.Groups["y"]) ?? noticeYear;
            return Date(year, Number(m.Groups["m"]), Number(m.Groups["d"]));
        }

        m = Month().Match(phrase);
        if (m.Success && (Number(m.Groups["y"]) ?? noticeYear) is { } monthYear && Number(m.Groups["m"]) is { } month && Date(monthYear, month, 1) is { } first)
        {
            return first.AddMonths(1).AddDays(-1);
        }

        m = Quarter().Match(phrase);
        if (m.Success && (Number(m.Groups["y"]) ?? noticeYear) is { } quarterYear)
        {
            var quarter = m.Groups["q"].Value.ToUpperInvariant() switch { "I" or "1" => 1, "II" or "2" => 2, "III" or "3" => 3, "IV" or "4" => 4, _ => 0 };
            return quarter == 0 ? null : new DateOnly(quarterYear, quarter * 3, 1).AddMonths(1).AddDays(-1);
        }

        return null;
    }

    /// <summary>The date a reminder counts from: the stated one, else dispatch (Vietnam time) plus the default period.</summary>
    public static DateOnly Effective(DateOnly? stated, NoticeRecord notice, int defaultDueDays) =>
        stated ?? DateOnly.FromDateTime((notice.DispatchedAt ?? notice.ReceivedAt).ToOffset(Vietnam).Date).AddDays(defaultDueDays);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(Vietnam).Date);

    private static DateOnly? Date(int? year, int? month, int? day) =>
        year is >= 1990 and <= 2200 && month is >= 1 and <= 12 && day is >= 1 && day <= DateTime.DaysInMonth(year.Value, month.Value)
            ? new DateOnly(year.Value, month.Value, day.Value)
            : null;

    private static int? Number(Group group) => group.Success && int.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    [GeneratedRegex(@"ngày\s+(?<d>\d{1,2})(?:\s*[/.-]\s*(?<m>\d{1,2})(?:\s*[/.-]\s*(?<y>\d{4}))?|\s+tháng\s+(?<m>\d{1,2})(?:\s+năm\s+(?<y>\d{4}))?)", RegexOptions.IgnoreCase)]
    private static partial Regex Day();

    [GeneratedRegex(@"tháng\s+(?<m>\d{1,2})(?:\s*/\s*(?<y>\d{4})|\s+năm\s+(?<y>\d{4}))?", RegexOptions.IgnoreCase)]
    private static partial Regex Month();

    [GeneratedRegex(@"quý\s+(?<q>IV|III|II|I|[1-4])(?:\s*/\s*(?<y>\d{4})|\s+năm\s+(?<y>\d{4}))?", RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();
}
