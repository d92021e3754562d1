using System.Text.RegularExpressions;

namespace LangSon.Notify.Understanding.Parsing;

/// <summary>Finds the deadline a task states: "trước ngày 30/7/2020", "hoàn thành trong tháng 8/2020", "Thời gian thực hiện: Quý I/2015".</summary>
internal static partial class DeadlineExtractor
{
    [GeneratedRegex(@"(?:trước|chậm nhất|hạn chót|không quá|muộn nhất)\s+(?:là\s+)?ngày\s+\d{1,2}(?:/\d{1,2}(?:/\d{4})?|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)|(?:hoàn thành|xong|thực hiện)\s+(?:trong|trước)\s+(?:tháng|quý|năm)\s+[\dIVX]{1,4}(?:/\d{4})?(?:\s+năm\s+\d{4})?|Thời (?:gian|hạn) (?:thực hiện|hoàn thành)\s*:\s*[^.;\n]+", RegexOptions.IgnoreCase)]
    private static partial Regex Deadline();

    public static string? Find(string text)
    {
        var m = Deadline().Match(text);
        return m.Success ? m.Value.Trim() : null;
    }
}
