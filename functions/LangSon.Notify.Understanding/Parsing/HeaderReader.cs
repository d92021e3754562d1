using System.Text.RegularExpressions;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Parsing;

/// <summary>Reads the header: issuer, number and symbol, place and date, urgency, type, title and Kính gửi.</summary>
internal static partial class HeaderReader
{
    private const int HeaderWindow = 45;

    [GeneratedRegex(@"\bSố\s*:?\s*(?<num>[A-Z]?\d[\w.]*)?\s*/\s*(?<sym>[\p{L}\d&.]+(?:\s*[-/]\s*[\p{L}\d&.]+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^\s*Số\s*:?\s*$")]
    private static partial Regex NumberAloneOnLine();

    [GeneratedRegex(@"(?<place>(?:[\p{Lu}][\p{L}]*\.?\s+){0,4}[\p{Lu}][\p{L}]*)\s*,\s*ngày\s*(?<d>\d{1,2})?\s*tháng\s*(?<m>\d{1,2})?\s*năm\s*(?<y>\d{4})?", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceDate();

    [GeneratedRegex(@"(?<place>(?:[\p{Lu}][\p{L}]*\.?\s+){0,4}[\p{Lu}][\p{L}]*)\s*,\s*ngày\s*(?<d>\d{1,2})\s*[/.\-]\s*(?<m>\d{1,2})\s*[/.\-]\s*(?<y>\d{4})")]
    private static partial Regex PlaceNumericDate();

    [GeneratedRegex(@"^(?<mark>HỎA TỐC|THƯỢNG KHẨN|KHẨN)(?:\s+HẸN GIỜ)?\b")]
    private static partial Regex Urgency();

    [GeneratedRegex(@"\bV/v\b|\bV/V\b|\bVề việc\b")]
    private static partial Regex Regarding();

    [GeneratedRegex(@"Kính\s+gửi\s*:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Dear();

    // Lines that end a title: the authority that issues a Quyết định, its legal bases, the body.
    [GeneratedRegex(@"^(?:Căn cứ|Kính gửi|Thực hiện|Theo đề nghị|Xét đề nghị|Ngày\s+\d)", RegexOptions.IgnoreCase)]
    private static partial Regex TitleStop();

    [GeneratedRegex(@"\b(?:BỘ TRƯỞNG|CHỦ TỊCH|THỦ TƯỚNG|ỦY BAN NHÂN DÂN|GIÁM ĐỐC|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|HỘI ĐỒNG NHÂN DÂN|BAN THƯỜNG VỤ|CHÁNH VĂN PHÒNG)\b")]
    private static partial Regex AuthorityHeading();

    [GeneratedRegex(@"^[\p{L}\s]+\d+/[\p{L}\d\-]+")]
    private static partial Regex WebsiteTitle();

    public sealed record Result(
        NoticeMetadata Metadata,
        IReadOnlyList<string> Addressees,
        int BodyStart,
        IReadOnlyList<ParseWarning> Warnings);

    public static Result Read(IReadOnlyList<string> lines)
    {
        var warnings = new List<ParseWarning>();
        var window = Math.Min(lines.Count, HeaderWindow);

        var (number, symbol, numberLine, numberEnd) = FindNumber(lines, window);
        var (place, date, dateLine, dateEnd) = FindDate(lines, window);
        var urgency = FindUrgency(lines, window);

        // The type heading and title follow the later of the number and date lines.
        var anchorLine = Math.Max(numberLine, dateLine);
        var anchorCol = anchorLine == dateLine ? dateEnd : anchorLine == numberLine ? numberEnd : 0;
        if (anchorLine < 0)
        {
            anchorLine = 0;
            anchorCol = 0;
        }

        string? type = null;
        string? title = null;
        var bodyStart = anchorLine + 1;

        var (headingType, headingTitle, headingEnd) = FindTypeAndTitle(lines, anchorLine, anchorCol);
        if (headingType is not null)
        {
            type = headingType;
            title = headingTitle;
            bodyStart = headingEnd;
        }

        var regarding = FindRegarding(lines, Math.Max(0, Math.Min(numberLine, dateLine < 0 ? numberLine : dateLine) - 1), window);
        if (regarding is { } r && (type is null || title is null))
        {
            type ??= DocumentTypes.CongVan;
            title ??= r.Title;
            bodyStart = Math.Max(bodyStart, r.End);
        }

        type ??= DocumentTypes.FromSymbol(symbol) ?? FromWebsiteTitle(lines);

        var (addressees, dearEnd) = FindAddressees(lines, window);
        if (dearEnd > bodyStart)
        {
            bodyStart = dearEnd;
        }

        var (issuer, parent) = FindIssuer(lines, Math.Min(window, FirstIndex(numberLine, dateLine, window)));
        if (issuer is null && symbol is not null && place is not null)
        {
            issuer = InferIssuer(symbol, place);
            if (issuer is not null)
            {
                warnings.Add(new ParseWarning("issuer-inferred", $"No issuer line; taken from the symbol and place: {issuer}."));
            }
        }

        if (numberLine < 0)
        {
            warnings.Add(new ParseWarning("number-missing", "No \"Số:\" line was found."));
        }
        else if (number is null)
        {
            warnings.Add(new ParseWarning("number-blank", "The number is blank (\"Số: /…\"), as in a draft or an unsigned copy."));
        }

        if (dateLine < 0)
        {
            warnings.Add(new ParseWarning("date-missing", "No place and date line (\"…, ngày … tháng … năm …\") was found."));
        }
        else if (date.Day is null)
        {
            warnings.Add(new ParseWarning("day-blank", "The day of the date is blank; only the month and year are known."));
        }

        if (type is null)
        {
            warnings.Add(new ParseWarning("type-unknown", "The document type could not be determined."));
        }

        var metadata = new NoticeMetadata
        {
            Type = type,
            Number = number,
            Symbol = symbol,
            Issuer = issuer,
            IssuerParent = parent,
            Place = place,
            Date = date,
            Title = title,
            Urgency = urgency,
        };
        return new Result(metadata, addressees, Math.Min(bodyStart, lines.Count), warnings);
    }

    private static int FirstIndex(int a, int b, int fallback)
    {
        var candidates = new[] { a, b }.Where(i => i >= 0).ToArray();
        return candidates.Length == 0 ? fallback : candidates.Min();
    }

    private static (string? Number, string? Symbol, int Line, int End) FindNumber(IReadOnlyList<string> lines, int window)
    {
        for (var i = 0; i < window; i++)
        {
            var line = lines[i];
            if (NumberAloneOnLine().IsMatch(line) && i + 1 < lines.Count)
            {
                line = "Số: " + lines[i + 1];
                var next = NumberPattern().Match(line);
                if (next.Success)
                {
                    return Build(next, i + 1, next.Index + next.Length - 4);
                }
            }

            var m = NumberPattern().Match(line);
            if (m.Success && !WebsiteTitle().IsMatch(line.Substring(0, m.Index)))
            {
                return Build(m, i, m.Index + m.Length);
            }
        }

        return (null, null, -1, 0);

        static (string?, string?, int, int) Build(Match m, int line, int end)
        {
            var symbol = Regex.Replace(m.Groups["sym"].Value, @"\s+", string.Empty).TrimEnd('.');
            var num = m.Groups["num"].Success ? m.Groups["num"].Value : null;
            return (num is null ? null : num + "/" + symbol, symbol, line, Math.Max(0, end));
        }
    }

    private static (string? Place, NoticeDate Date, int Line, int End) FindDate(IReadOnlyList<string> lines, int window)
    {
        for (var i = 0; i < window; i++)
        {
            var m = PlaceDate().Match(lines[i]);
            if (!m.Success || !m.Groups["y"].Success && !m.Groups["m"].Success)
            {
                m = PlaceNumericDate().Match(lines[i]);
                if (!m.Success)
                {
                    continue;
                }
            }

            var place = m.Groups["place"].Value.Trim();
            // Drop a symbol or stray capitals glued before the place ("299/TTg Hà Nội").
            var words = place.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .SkipWhile(w => w.Contains('/') || VietnameseText.IsUpper(w) && w.Length > 1 && !IsPlaceWord(w))
                .ToArray();
            place = string.Join(' ', words);
            var date = new NoticeDate(Int(m.Groups["y"]), Int(m.Groups["m"]), Int(m.Groups["d"]));
            return (place.Length == 0 ? null : place, date, i, m.Index + m.Length);
        }

        return (null, NoticeDate.Unknown, -1, 0);

        static int? Int(Group g) => g.Success && int.TryParse(g.Value, out var v) ? v : null;
        static bool IsPlaceWord(string w) => w is "TP." or "TP";
    }

    private static string? FindUrgency(IReadOnlyList<string> lines, int window)
    {
        for (var i = 0; i < window; i++)
        {
            var m = Urgency().Match(lines[i]);
            if (m.Success && lines[i].Length <= 20)
            {
                return m.Groups["mark"].Value;
            }
        }

        return null;
    }

    private static (string? Type, string? Title, int End) FindTypeAndTitle(IReadOnlyList<string> lines, int anchorLine, int anchorCol)
    {
        var limit = Math.Min(lines.Count, anchorLine + 12);
        for (var i = anchorLine; i < limit; i++)
        {
            var text = i == anchorLine ? SafeSubstring(lines[i], anchorCol).Trim() : lines[i];
            if (text.Length == 0)
            {
                continue;
            }

            text = Urgency().Replace(text, string.Empty).Trim();
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
            return (DocumentTypes.Display(heading), title, end);
        }

        return (null, null, anchorLine + 1);
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
                while (!complete && i < lines.Count && lines[i].Length > 0 && VietnameseText.IsUpper(FirstWord(lines[i]))
                    && !AuthorityHeading().IsMatch(FirstWords(lines[i], 2)))
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

        // A mixed-case title paragraph: lines up to a blank line or a stop.
        while (i < lines.Count && lines[i].Length > 0 && !TitleStop().IsMatch(lines[i]) && !IsAllUpperAuthority(lines[i]))
        {
            if (parts.Count > 0 && lines[i].StartsWith('-'))
            {
                break;
            }

            if (VietnameseText.IsUpper(lines[i]) && parts.Count == 0)
            {
                var (run, _) = UpperRun(lines[i]);
                parts.Add(run);
                i++;
                continue;
            }

            parts.Add(lines[i]);
            i++;
            if (parts.Count >= 6)
            {
                break;
            }
        }

        return (Finish(parts), i);

        static string? Finish(List<string> parts)
        {
            var title = string.Join(' ', parts).Trim().TrimEnd('.', ';', ':').Trim();
            if (title.Length == 0)
            {
                return null;
            }

            return VietnameseText.IsUpper(title) ? VietnameseText.ToSentenceCase(title) : title;
        }
    }

    private static bool IsAllUpperAuthority(string line) =>
        VietnameseText.IsUpper(line) && AuthorityHeading().IsMatch(line) && AuthorityHeading().Match(line).Index < 3;

    /// <summary>The leading run of upper-case words, cut before an authority heading such as "BỘ TRƯỞNG BỘ TƯ PHÁP".</summary>
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
        var authority = AuthorityHeading().Match(run);
        if (authority.Success && authority.Index > 10)
        {
            return (run[..authority.Index].Trim(), true);
        }

        return (run, false);
    }

    private static (string Title, int End)? FindRegarding(IReadOnlyList<string> lines, int from, int window)
    {
        for (var i = Math.Max(0, from); i < window; i++)
        {
            var m = Regarding().Match(lines[i]);
            if (!m.Success)
            {
                continue;
            }

            var parts = new List<string> { lines[i][m.Index..].Trim() };
            var j = i + 1;
            while (j < lines.Count && lines[j].Length > 0 && !PlaceDate().IsMatch(lines[j]) && !Dear().IsMatch(lines[j])
                && !lines[j].StartsWith('-') && !VietnameseText.IsUpper(lines[j]) && parts.Count < 5)
            {
                parts.Add(lines[j]);
                j++;
            }

            var title = string.Join(' ', parts);
            var date = PlaceDate().Match(title);
            if (date.Success)
            {
                title = title[..date.Index];
            }

            return (title.Trim().TrimEnd('.', ';').Trim(), j);
        }

        return null;
    }

    private static (IReadOnlyList<string> Addressees, int End) FindAddressees(IReadOnlyList<string> lines, int window)
    {
        for (var i = 0; i < window; i++)
        {
            var m = Dear().Match(lines[i]);
            if (!m.Success)
            {
                continue;
            }

            var result = new List<string>();
            var rest = m.Groups["rest"].Value.Trim();
            if (rest.Length > 0)
            {
                result.AddRange(SplitAddressees(rest));
                return (result, i + 1);
            }

            var j = i + 1;
            var skipped = 0;
            while (j < lines.Count && result.Count < 60)
            {
                var line = lines[j];
                if (line.Length == 0)
                {
                    j++;
                    continue;
                }

                if (line.StartsWith('-'))
                {
                    result.AddRange(SplitAddressees(line.TrimStart('-', ' ')));
                    j++;
                    continue;
                }

                if (result.Count == 0 && skipped < 1 && line.Length < 20)
                {
                    skipped++;
                    j++;
                    continue;
                }

                if (result.Count == 0 && line.Length < 120)
                {
                    result.AddRange(SplitAddressees(line));
                    j++;
                }

                break;
            }

            return (result, j);
        }

        return ([], 0);
    }

    private static IEnumerable<string> SplitAddressees(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => a.TrimEnd('.', ',', ';').Trim())
            .Where(a => a.Length > 1);

    private static (string? Issuer, string? Parent) FindIssuer(IReadOnlyList<string> lines, int end)
    {
        var header = new List<string>();
        for (var i = 0; i < end; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || !VietnameseText.IsUpper(line) || Urgency().IsMatch(line) || line.StartsWith("SỐ", StringComparison.Ordinal))
            {
                if (header.Count > 0 && line.Length > 0)
                {
                    break;
                }

                continue;
            }

            header.Add(line);
            if (header.Count == 3)
            {
                break;
            }
        }

        if (header.Count == 0)
        {
            return (null, null);
        }

        var unitWords = new[] { "TỈNH ", "THÀNH PHỐ ", "HUYỆN ", "XÃ ", "PHƯỜNG ", "QUẬN ", "THỊ XÃ ", "THỊ TRẤN " };
        var joined = header[0];
        string? parent = header.Count > 1 ? header[0] : null;
        for (var k = 1; k < header.Count; k++)
        {
            joined = unitWords.Any(u => header[k].StartsWith(u, StringComparison.Ordinal))
                ? joined + " " + header[k]
                : header[k];
        }

        return (ToName(joined), parent);
    }

    /// <summary>"ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN" → "Ủy ban nhân dân tỉnh Lạng Sơn": place names keep their capitals.</summary>
    private static string ToName(string upper)
    {
        var words = upper.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var unit = Array.FindIndex(words, w => w is "TỈNH" or "HUYỆN" or "XÃ" or "PHƯỜNG" or "QUẬN" or "PHỐ" or "TRẤN");
        // The word after a head noun starts the proper name: "Bộ Tư pháp", "Văn phòng Chính phủ", "Phủ Thủ tướng".
        var afterHead = words.Length > 1 && words[0] is "BỘ" or "SỞ" or "CỤC" or "VỤ" or "PHỦ" or "BAN" ? 1
            : words.Length > 2 && (words[0], words[1]) is ("VĂN", "PHÒNG") or ("TỔNG", "CỤC") or ("CHI", "CỤC") ? 2 : -1;
        var result = new List<string>();
        for (var k = 0; k < words.Length; k++)
        {
            if (Abbreviations.IsKnown(words[k]))
            {
                result.Add(words[k]); // "UBND TỈNH LẠNG SƠN" keeps its abbreviation
                continue;
            }

            var lower = words[k].ToLowerInvariant();
            var capital = k == 0 || k == afterHead || (unit >= 0 && k > unit);
            result.Add(capital && lower.Length > 0 ? char.ToUpperInvariant(lower[0]) + lower[1..] : lower);
        }

        return string.Join(' ', result);
    }

    private static string? InferIssuer(string symbol, string place)
    {
        var last = symbol.Split('-').Last();
        return last switch
        {
            "UBND" => "Ủy ban nhân dân tỉnh " + place,
            "HĐND" => "Hội đồng nhân dân tỉnh " + place,
            _ => null,
        };
    }

    private static string? FromWebsiteTitle(IReadOnlyList<string> lines)
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

    private static string FirstWord(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? text : text[..space];
    }

    private static string FirstWords(string text, int count) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(count));

    private static string SafeSubstring(string text, int start) => start >= text.Length ? string.Empty : text[start..];
}
