using System.Text.RegularExpressions;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Parsing.Header;

/// <summary>Patterns more than one part of the header needs.</summary>
internal static partial class HeaderPatterns
{
    [GeneratedRegex(@"(?<place>(?:[\p{Lu}][\p{L}]*\.?\s+){0,4}[\p{Lu}][\p{L}]*)\s*,\s*ngày\s*(?<d>\d{1,2})?\s*tháng\s*(?<m>\d{1,2})?\s*năm\s*(?<y>\d{4})?", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    public static partial Regex PlaceDate();

    [GeneratedRegex(@"(?<place>(?:[\p{Lu}][\p{L}]*\.?\s+){0,4}[\p{Lu}][\p{L}]*)\s*,\s*ngày\s*(?<d>\d{1,2})\s*[/.\-]\s*(?<m>\d{1,2})\s*[/.\-]\s*(?<y>\d{4})", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    public static partial Regex PlaceNumericDate();

    [GeneratedRegex(@"^(?<mark>HỎA TỐC|THƯỢNG KHẨN|KHẨN)(?:\s+HẸN GIỜ)?\b", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    public static partial Regex Urgency();

    [GeneratedRegex(@"Kính\s+gửi\s*:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    public static partial Regex Dear();

    [GeneratedRegex(@"\bSố\s*:?\s*(?<num>[A-Z]?\d[\w.]*)?\s*/\s*(?<sym>[\p{L}\d&.]+(?:\s*[-/]\s*[\p{L}\d&.]+)*)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    public static partial Regex Number();

    // The authority that issues a Quyết định, printed under its title: "BỘ TRƯỞNG BỘ Y TẾ", "CHỦ TỊCH ỦY BAN NHÂN DÂN …".
    [GeneratedRegex(@"\b(?:BỘ TRƯỞNG|CHỦ TỊCH|THỦ TƯỚNG|ỦY BAN NHÂN DÂN|GIÁM ĐỐC|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|HỘI ĐỒNG NHÂN DÂN|BAN THƯỜNG VỤ|CHÁNH VĂN PHÒNG)\b", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    public static partial Regex AuthorityHeading();
}
