using System.Text.RegularExpressions;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Parsing.Header;

/// <summary>Reads the type heading and the trích yếu under it ("THÔNG BÁO / Kết luận của …"), or a Công văn's "V/v …".</summary>
internal static partial class TitleReader
{
    private const int MaxTitleLines = 6;

    // OCR reads "V/v" as "Viv", "V/y" or "V.v".
    [GeneratedRegex(@"\bV/v\b|\bV/V\b|\bVề việc\b|^(?:Viv|V/y|V\.v)\b", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Regarding();

    // Lines that end a title: the authority that issues a Quyết định, its legal bases, the body.
    [GeneratedRegex(@"^(?i:Căn cứ|Kính gửi|Thực hiện|Theo đề nghị|Xét đề nghị|Ngày\s+\d)|^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[IVX]{1,5}\.|\(\d{1,2}\))\s|^Điều\s+\d{1,2}\s*[.:]", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex TitleStop();

    // Codes inside a title keep their capitals when the title is put in sentence case: "Quyết định số 12/QĐ-UBND".
    [GeneratedRegex(@"[\p{L}\d]*[\d/][\p{L}\d/\-.]*", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Code();

    public sealed record Found(string? Type, string? Title, int End);

    public static Found ReadHeading(IReadOnlyList<string> lines, int anchorLine, int anchorCol)
    {
        var limit = Math.Min(lines.Count, anchorLine + 12);
        for (var i = anchorLine; i < limit; i++)
        {
            var text = i == anchorLine ? SafeSubstring(lines[i], anchorCol).Trim() : lines[i];
            if (text.Length == 0)
            {
                continue;
            }

            text = HeaderPatterns.Urgency().Replace(text, string.Empty).Trim();
            var heading = DocumentTypes.Headings.FirstOrDefault(h =>
                text.StartsWith(h, StringComparison.Ordinal) && (text.Length == h.Length || !char.IsLetter(text[h.Length])));
            if (heading is null)
            {
                if (i > anchorLine && !VietnameseText.IsUpper(text) && text.Length > 80)
                {
                    break; // reached the body without a type heading
                }

                continue;
            }

            var rest = text[heading.Length..].Trim().TrimStart(':').Trim();
            var (title, end) = ReadTitle(lines, i, rest);
            return new Found(DocumentTypes.Display(heading), title, end);
        }

        return new Found(null, null, anchorLine + 1);
    }

    public static (string Title, int End)? ReadRegarding(IReadOnlyList<string> lines, int from, int to)
    {
        for (var i = Math.Max(0, from); i < to; i++)
        {
            var m = Regarding().Match(lines[i]);
            if (!m.Success)
            {
                continue;
            }

            var first = lines[i][m.Index..].Trim();
            if (!first.StartsWith("V", StringComparison.Ordinal) || first.StartsWith("Về", StringComparison.Ordinal))
            {
                // keep as printed
            }
            else if (!first.StartsWith("V/v", StringComparison.Ordinal) && !first.StartsWith("V/V", StringComparison.Ordinal))
            {
                first = "V/v" + first[3..]; // an OCR'd "Viv" is the "V/v" it stands for
            }

            var parts = new List<string> { first };
            var j = i + 1;
            while (j < lines.Count && lines[j].Length > 0 && !HeaderPatterns.PlaceDate().IsMatch(lines[j]) && !HeaderPatterns.Dear().IsMatch(lines[j])
                && !lines[j].StartsWith('-') && !VietnameseText.IsUpper(lines[j]) && parts.Count < 5)
            {
                parts.Add(lines[j]);
                j++;
            }

            var title = string.Join(' ', parts);
            var date = HeaderPatterns.PlaceDate().Match(title);
            if (date.Success)
            {
                title = title[..date.Index];
            }

            return (title.Trim().TrimEnd('.', ';').Trim(), j);
        }

        return null;
    }

    /// <summary>The type a web copy's first line names ("Quyết định 12/QĐ-UBND năm 2026 …").</summary>
    public static string? FromWebsiteTitle(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return null;
        }

        var first = lines[0];
        foreach (var heading in DocumentTypes.Headings)
        {
            var display = DocumentTypes.Display(heading);
            if (first.StartsWith(display + " ", StringComparison.Ordinal))
            {
                return display;
            }
        }

        return null;
    }

    private static (string? Title, int End) ReadTitle(IReadOnlyList<string> lines, int headingLine, string rest)
    {
        var parts = new List<string>();
        var i = headingLine + 1;
        if (rest.Length > 0)
        {
            if (VietnameseText.IsUpper(FirstWord(rest)))
            {
                var (run, complete) = UpperRun(rest);
                parts.Add(run);
                while (!complete && i < lines.Count && ContinuesUpperTitle(lines[i]))
                {
                    (run, complete) = UpperRun(lines[i]);
                    parts.Add(run);
                    i++;
                }

                return (Finish(parts), i);
            }

            parts.Add(rest);
        }
        else
        {
            while (i < lines.Count && lines[i].Length == 0)
            {
                i++;
            }
        }

        // A title in capitals over several lines ("CÔNG BỐ … DANH" / "MỤC …"), then an authority line.
        if (parts.Count == 0 && i < lines.Count && VietnameseText.IsUpper(lines[i]) && !IsAllUpperAuthority(lines[i]))
        {
            var complete = false;
            while (!complete && i < lines.Count && ContinuesUpperTitle(lines[i]) && parts.Count < MaxTitleLines + 2)
            {
                string run;
                (run, complete) = UpperRun(lines[i]);
                if (run.Length == 0)
                {
                    break;
                }

                parts.Add(run);
                i++;
            }

            return (Finish(parts), i);
        }

        // A mixed-case title paragraph: lines up to a blank line or a stop.
        while (i < lines.Count && lines[i].Length > 0 && !TitleStop().IsMatch(lines[i]) && !IsAllUpperAuthority(lines[i]))
        {
            // "… kinh tế" / "- xã hội": a compound broken at its dash continues the title; a bullet ends it.
            if (parts.Count > 0 && lines[i].StartsWith('-') && !(lines[i].Length > 2 && char.IsLower(lines[i].TrimStart('-', ' ').FirstOrDefault())))
            {
                break;
            }

            parts.Add(lines[i]);
            i++;
            if (parts.Count >= MaxTitleLines)
            {
                break;
            }
        }

        return (Finish(parts), i);
    }

    private static bool ContinuesUpperTitle(string line)
    {
        if (line.Length == 0)
        {
            return false;
        }

        // "… KINH TẾ" / "- XÃ HỘI …": a compound broken at its dash.
        var text = line.StartsWith("- ", StringComparison.Ordinal) ? line[2..] : line;
        return VietnameseText.IsUpper(FirstWord(text)) && !IsAllUpperAuthority(text);
    }

    private static string? Finish(List<string> parts)
    {
        var title = string.Join(' ', parts).Trim().TrimEnd('.', ';', ':').Trim();
        if (title.Length == 0)
        {
            return null;
        }

        return VietnameseText.IsUpper(title) ? SentenceCaseKeepingCodes(title) : title;
    }

    private static string SentenceCaseKeepingCodes(string upper)
    {
        var sentence = VietnameseText.ToSentenceCase(upper);
        if (sentence.Length != upper.Length)
        {
            return sentence;
        }

        var chars = sentence.ToCharArray();
        foreach (Match code in Code().Matches(upper))
        {
            if (code.Value.Any(char.IsLetter))
            {
                upper.CopyTo(code.Index, chars, code.Index, code.Length);
            }
        }

        return new string(chars);
    }

    private static bool IsAllUpperAuthority(string line) =>
        VietnameseText.IsUpper(line) && HeaderPatterns.AuthorityHeading().Match(line) is { Success: true, Index: < 3 };

    /// <summary>
    /// The leading run of upper-case words, cut before the authority heading that closes a Quyết định's title
    /// ("… CHẾ ĐỘ LIÊN QUAN BỘ TRƯỞNG BỘ Y TẾ"), but not at one inside it ("… CỦA BỘ TRƯỞNG BỘ Y TẾ SỬA ĐỔI …").
    /// </summary>
    private static (string Run, bool Complete) UpperRun(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var taken = new List<string>();
        foreach (var word in words)
        {
            if (!VietnameseText.IsUpper(word) && word.Any(char.IsLetter))
            {
                return (string.Join(' ', taken), true);
            }

            taken.Add(word);
        }

        var run = string.Join(' ', taken);
        var cut = ClosingAuthority(run);
        return cut > 10 ? (run[..cut].Trim(), true) : (run, false);
    }

    /// <summary>Where the closing authority starts: the last heading with only its body's name after it, not after "CỦA".</summary>
    private static int ClosingAuthority(string run)
    {
        var matches = HeaderPatterns.AuthorityHeading().Matches(run);
        if (matches.Count == 0)
        {
            return -1;
        }

        var k = matches.Count - 1;
        // "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH": adjacent headings are one authority.
        while (k > 0 && run[(matches[k - 1].Index + matches[k - 1].Length)..matches[k].Index].Trim().Length == 0)
        {
            k--;
        }

        var start = matches[k].Index;
        var tailWords = run[start..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var before = run[..start].TrimEnd();
        if (tailWords > 12 || before.EndsWith("CỦA", StringComparison.Ordinal) || before.EndsWith("VÀ", StringComparison.Ordinal))
        {
            return -1;
        }

        return start;
    }

    private static string FirstWord(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? text : text[..space];
    }

    private static string SafeSubstring(string text, int start) => start >= text.Length ? string.Empty : text[start..];
}
