using System.Text;
using System.Text.RegularExpressions;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Parsing;

/// <summary>Undoes what web pages and OCR tools do to a notice: Markdown, HTML, "|" columns, doubled dashes, old tone marks.</summary>
internal static partial class LineCleaner
{
    // Old-style tone placement, as whole words: "hoà" is "hòa", but "hoàn" stays.
    private static readonly Dictionary<string, string> ToneMarks = new(StringComparer.Ordinal)
    {
        ["uỷ"] = "ủy", ["Uỷ"] = "Ủy", ["UỶ"] = "ỦY", ["thuỷ"] = "thủy", ["Thuỷ"] = "Thủy",
        ["hoà"] = "hòa", ["Hoà"] = "Hòa", ["HOÀ"] = "HÒA", ["hoá"] = "hóa", ["Hoá"] = "Hóa", ["HOÁ"] = "HÓA",
        ["hoả"] = "hỏa", ["HOẢ"] = "HỎA", ["khoẻ"] = "khỏe", ["toà"] = "tòa", ["Toà"] = "Tòa", ["TOÀ"] = "TÒA",
    };

    [GeneratedRegex(@"(?<!\p{L})(?:uỷ|Uỷ|UỶ|thuỷ|Thuỷ|hoà|Hoà|HOÀ|hoá|Hoá|HOÁ|hoả|HOẢ|khoẻ|toà|Toà|TOÀ)(?!\p{L})", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex OldToneMark();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex MarkdownImage();

    [GeneratedRegex(@"</?(?:tr|table|p|br|div|li)[^>]*>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<[^>]+>", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"\\[a-zA-Z]+|[{}$]", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Latex();

    [GeneratedRegex(@"\(\s*([^()]*?)\s*\)", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"C[ỘO]NG\s+H(?:ÒA|OÀ|OA)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Cộng\s+hòa\s+xã\s+hội\s+chủ\s+nghĩa\s+Việt\s+Nam|Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc|ĐỘC\s+LẬP\s*[-–—]\s*TỰ\s+DO\s*[-–—]\s*HẠNH\s+PHÚC", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex NationalMotto();

    [GeneratedRegex(@"\s*[-–—_=]{3,}\s*", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Rule();

    [GeneratedRegex(@"^(?:[-–+•*]\s*){2,}(?=\S)", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex DoubledDash();

    [GeneratedRegex(@"^[+•*–]\s+", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex OtherBullet();

    [GeneratedRegex(@"[ \t\u00A0]{2,}", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Spaces();

    /// <summary>Splits the text into cleaned lines; blank lines are kept as paragraph breaks.</summary>
    public static List<string> Clean(string text)
    {
        text = NormaliseSafely(ReplaceLoneSurrogates(text).Replace("\r\n", "\n").Replace('\r', '\n'));
        text = MarkdownImage().Replace(text, " ");
        text = BlockTag().Replace(text, "\n");
        text = AnyTag().Replace(text, " ");
        text = text.Replace("&quot;", "\"").Replace("&#x27;", "'").Replace("&amp;", "&");
        text = OldToneMark().Replace(text, m => ToneMarks[m.Value]);

        var lines = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Replace("**", string.Empty).Replace("__", string.Empty);
            line = NationalMotto().Replace(line, " | ");
            foreach (var column in line.Split('|'))
            {
                lines.Add(CleanLine(column));
            }
        }

        return lines;
    }

    private static string NormaliseSafely(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // Unassigned code points from a broken extraction: drop them rather than fail the notice.
            var builder = new StringBuilder(text.Length);
            foreach (var rune in text.EnumerateRunes())
            {
                if (Rune.GetUnicodeCategory(rune) != System.Globalization.UnicodeCategory.OtherNotAssigned)
                {
                    builder.Append(rune.ToString());
                }
            }

            return builder.ToString().Normalize(NormalizationForm.FormC);
        }
    }

    // Broken extraction can leave half a surrogate pair, which normalisation rejects.
    private static string ReplaceLoneSurrogates(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lone = char.IsHighSurrogate(c) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
                : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));
            if (lone)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append('\uFFFD');
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }

    private static string CleanLine(string line)
    {
        line = line.Trim();
        line = line.TrimStart('#').Trim();
        if (line.Contains("\\math", StringComparison.Ordinal) || line.Contains('$', StringComparison.Ordinal))
        {
            line = Latex().Replace(line, string.Empty);
            line = Parenthesised().Replace(line, m => "(" + m.Groups[1].Value.Replace(" ", string.Empty) + ")");
        }

        line = Rule().Replace(line, " ").Trim();
        line = DoubledDash().Replace(line, "- ");
        line = OtherBullet().Replace(line, "- ");
        line = Spaces().Replace(line, " ").Trim();
        if (line.Length <= 3 && line.All(char.IsDigit))
        {
            return string.Empty; // a page number
        }

        return line;
    }
}
