using System.Text.RegularExpressions;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Parsing;

/// <summary>
/// Turns one Nơi nhận line into recipient mentions: splits lists, distributes shared prefixes
/// ("Các VP: TU, HĐND tỉnh") and suffixes ("Chủ tịch, các Phó Chủ tịch HĐND tỉnh"), expands abbreviations.
/// </summary>
internal static partial class MentionSplitter
{
    // Words that start a new recipient after a comma; anything else continues the previous one ("Sở Văn hóa, Thể thao và Du lịch").
    private static readonly string[] Heads =
    [
        "các", "những", "sở", "ban", "bộ", "cục", "tổng cục", "vụ", "văn phòng", "ủy ban", "hội đồng", "thanh tra", "công an",
        "kho bạc", "ngân hàng", "đài", "báo", "trung tâm", "hội", "liên đoàn", "tỉnh ủy", "huyện ủy", "thành ủy", "đảng ủy",
        "tòa án", "viện", "chi cục", "phòng", "công ty", "kiểm toán", "mặt trận", "trường", "tỉnh đoàn", "đoàn", "bảo hiểm",
        "cổng", "chủ tịch", "phó", "bí thư", "chánh", "giám đốc", "lãnh đạo", "thường trực", "trưởng", "tổng", "thủ tướng",
        "bộ trưởng", "thứ trưởng", "chủ nhiệm", "như", "quân khu", "bộ chỉ huy", "bộ đội", "cơ quan", "đơn vị", "ubnd", "hđnd",
        "thủ trưởng", "lưu",
    ];

    // Nouns that coordinate inside one group mention: "các sở, ban, ngành", "các huyện, thành phố".
    private static readonly string[] Coordinated =
    [
        "ban", "ngành", "các ngành", "thành phố", "thị xã", "phường", "thị trấn", "đơn vị", "các đơn vị", "huyện", "các huyện",
        "xã", "các xã", "quận", "các cấp", "cấp", "đoàn thể", "các đoàn thể", "tổ chức", "doanh nghiệp", "địa phương", "ngành,",
    ];

    private static readonly string[] PositionWords =
    [
        "Chủ tịch", "Phó Chủ tịch", "Bí thư", "Phó Bí thư", "Chánh Văn phòng", "Phó Chánh Văn phòng", "Giám đốc", "Phó Giám đốc",
        "Thường trực", "Lãnh đạo", "Trưởng ban", "Phó Trưởng ban", "Chủ nhiệm", "Phó Chủ nhiệm", "Thủ trưởng",
    ];

    private static readonly string[] BodyTypes = ["Hội đồng nhân dân", "Ủy ban nhân dân", "Huyện ủy", "Thành ủy", "Đảng ủy"];

    [GeneratedRegex(@"\((?<p>[^()]*)\)\s*$")]
    private static partial Regex TrailingParenthesis();

    [GeneratedRegex(@"\s+(?<p>để\s+(?:biết|thực hiện|báo cáo|phối hợp)(?:\s+thực hiện)?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingPurpose();

    [GeneratedRegex(@"^Như\s+(?:trên|Điều\s+(?<n>\d+))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    [GeneratedRegex(@"(?:có tên|nêu) tại Điều\s+(?<n>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex NamedInArticle();

    [GeneratedRegex(@"\s+và\s+(?=các\s|Các\s)")]
    private static partial Regex AndThe();

    [GeneratedRegex(@"\s+-\s+(?=(?:UBND|HĐND|Ủy ban|Sở|Các|các)\s+\p{L}+[\s,])")]
    private static partial Regex MergedLines();

    [GeneratedRegex(@"^[\p{Lu}][\p{Ll}]+(?:\s+[\p{Lu}][\p{Ll}]*){1,4}$")]
    private static partial Regex PersonName();

    public static IEnumerable<RecipientMention> Split(int lineIndex, string line, string partyCommittee, string? issuer = null)
    {
        var text = line.Trim().TrimStart('-', '+', '•', '*', ' ').Trim().TrimEnd(';', '.', ',', ':').Trim();
        if (text.Length == 0)
        {
            yield break;
        }

        var purpose = ExtractPurpose(ref text, out var personName);

        var reference = Reference().Match(text);
        if (reference.Success)
        {
            var article = reference.Groups["n"].Success ? int.Parse(reference.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
            var name = article is null ? "Như trên" : $"Như Điều {article}";
            yield return new RecipientMention(lineIndex, text, name, false, purpose, new MentionReference(article));
            yield break;
        }

        var named = NamedInArticle().Match(text);
        if (named.Success)
        {
            var article = int.Parse(named.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            yield return new RecipientMention(lineIndex, text, text, false, purpose, new MentionReference(article));
            yield break;
        }

        foreach (var (span, item) in SplitItems(text, partyCommittee))
        {
            // A bare position ("Bộ trưởng") in Nơi nhận means the issuing body's own.
            var mention = IsBarePosition(item) && issuer is not null ? item + " " + issuer : item;
            var full = personName is not null && mention.StartsWith("Phó", StringComparison.Ordinal) ? mention + " " + personName : mention;
            yield return new RecipientMention(lineIndex, span, full, IsGroup(full), purpose);
        }
    }

    private static string? ExtractPurpose(ref string text, out string? personName)
    {
        personName = null;
        string? purpose = null;
        for (var guard = 0; guard < 3; guard++)
        {
            var paren = TrailingParenthesis().Match(text);
            if (paren.Success)
            {
                var inner = paren.Groups["p"].Value.Trim();
                var mapped = MapPurpose(inner);
                if (mapped is not null)
                {
                    purpose ??= mapped;
                }
                else if (PersonName().IsMatch(inner))
                {
                    personName = inner;
                }
                else if (inner.Any(char.IsLetter) && !inner.Any(char.IsDigit))
                {
                    break; // part of the name, e.g. "(Cục Bản đồ)"
                }

                text = text[..paren.Index].Trim().TrimEnd(';', ',').Trim();
                continue;
            }

            var bare = TrailingPurpose().Match(text);
            if (bare.Success)
            {
                purpose ??= MapPurpose(bare.Groups["p"].Value);
                text = text[..bare.Index].Trim().TrimEnd(',', ';').Trim();
                continue;
            }

            break;
        }

        return purpose;
    }

    /// <summary>Maps the purpose notes of Nghị định 30/2020 to a stable word; null when the text is not a purpose.</summary>
    internal static string? MapPurpose(string note)
    {
        var folded = VietnameseText.Fold(note);
        return folded switch
        {
            "b/c" or "de b/c" or "bc" or "bao cao" or "de bao cao" => "báo cáo",
            "t/h" or "de t/h" or "th" or "thuc hien" or "de thuc hien" => "thực hiện",
            "p/h" or "de p/h" or "phoi hop" or "de phoi hop" => "phối hợp",
            "de phoi hop thuc hien" or "phoi hop thuc hien" => "phối hợp thực hiện",
            "de biet" or "biet" or "d/b" => "để biết",
            "de biet va thuc hien" or "de biet thuc hien" or "biet va thuc hien" => "thực hiện",
            "de chi dao" or "chi dao" => "chỉ đạo",
            "de theo doi" or "theo doi" or "de kiem tra" or "de giam sat" or "giam sat" => "theo dõi",
            _ when folded.StartsWith("de ", StringComparison.Ordinal) && folded.Length < 30 => note.Trim()[3..].Trim(),
            _ => null,
        };
    }

    private static IEnumerable<(string Span, string Mention)> SplitItems(string text, string partyCommittee)
    {
        text = MergedLines().Replace(text, "; ");
        var results = new List<(string, string)>();
        foreach (var segment in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            results.AddRange(SplitSegment(segment, partyCommittee));
        }

        return results;
    }

    private static IEnumerable<(string Span, string Mention)> SplitSegment(string segment, string partyCommittee)
    {
        // "Các VP: TU, HĐND tỉnh" or "TTg, các PTTg: Vương Đình Huệ, Trịnh Đình Dũng" or "VPCP: BTCN, các PCN".
        var colon = segment.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && colon < segment.Length - 1)
        {
            var before = SplitCommas(segment[..colon], listContext: false);
            var prefix = before[^1];
            var items = SplitCommas(segment[(colon + 1)..], listContext: true);
            foreach (var standalone in before.Take(before.Count - 1))
            {
                yield return (standalone, Finish(standalone, partyCommittee));
            }

            var plural = Regex.Match(prefix, @"^(?:các|Các)\s+(?<head>.+)$");
            foreach (var item in items)
            {
                var expandedItem = Abbreviations.Expand(item, atItemStart: true, partyCommittee);
                string combined;
                if (plural.Success)
                {
                    combined = Abbreviations.Expand(plural.Groups["head"].Value, false, partyCommittee) + " " + expandedItem;
                }
                else
                {
                    combined = expandedItem + " " + Abbreviations.Expand(prefix, false, partyCommittee);
                }

                yield return (item == items[0] ? prefix + ": " + item : item, Tidy(combined));
            }

            yield break;
        }

        var andParts = AndThe().Split(segment);
        var parts = new List<string>();
        foreach (var part in andParts)
        {
            parts.AddRange(SplitCommas(part, listContext: false));
        }

        // Expand first, then let bare items borrow the qualifier of the next full one.
        var expanded = parts.Select(p => Finish(p, partyCommittee)).ToList();
        for (var k = 0; k < expanded.Count; k++)
        {
            if (!IsBare(expanded[k]))
            {
                continue;
            }

            var donor = expanded.Skip(k + 1).FirstOrDefault(e => !IsBare(e));
            if (donor is not null && Qualifier(donor) is { } qualifier)
            {
                expanded[k] = Tidy(expanded[k] + " " + qualifier);
            }
        }

        // "Ủy ban MTTQ và các đoàn thể tỉnh": the locality at the end is shared.
        if (andParts.Length > 1)
        {
            var locality = Regex.Match(expanded[^1], @"\s(tỉnh|thành phố|huyện)$");
            if (locality.Success)
            {
                for (var k = 0; k < expanded.Count - 1; k++)
                {
                    if (!Regex.IsMatch(expanded[k], @"\s(tỉnh|thành phố|huyện|xã|phường)$"))
                    {
                        expanded[k] += " " + locality.Groups[1].Value;
                    }
                }
            }
        }

        // "…, các phòng, đơn vị trực thuộc VP": the office is the one named earlier in the line.
        var office = expanded.Select(e => Regex.Match(e, @"Văn phòng (?<q>(?:Ủy ban|Hội đồng|Tỉnh ủy|Thành ủy|Huyện ủy|Đoàn).*)$")).FirstOrDefault(m => m.Success);
        for (var k = 0; k < expanded.Count; k++)
        {
            if (office is not null && expanded[k].EndsWith(" Văn phòng", StringComparison.Ordinal))
            {
                expanded[k] += " " + office.Groups["q"].Value;
            }
        }

        for (var k = 0; k < parts.Count; k++)
        {
            yield return (parts[k], expanded[k]);
        }
    }

    private static string Finish(string item, string partyCommittee) => Tidy(Abbreviations.Expand(item, atItemStart: true, partyCommittee));

    private static string Tidy(string text)
    {
        text = Regex.Replace(text, @"\s+", " ").Trim().TrimEnd(',', ';', '.').Trim();
        return text.Length > 0 && char.IsLower(text[0]) && text.StartsWith("các ", StringComparison.Ordinal) ? "C" + text[1..] : text;
    }

    /// <summary>Splits at commas that start a new recipient, keeping coordinated nouns together.</summary>
    internal static List<string> SplitCommas(string text, bool listContext)
    {
        var pieces = text.Split(',', StringSplitOptions.TrimEntries);
        var result = new List<string>();
        foreach (var piece in pieces)
        {
            if (piece.Length == 0)
            {
                continue;
            }

            if (result.Count == 0)
            {
                result.Add(piece);
                continue;
            }

            if (ContinuesPrevious(piece, listContext))
            {
                result[^1] += ", " + piece;
            }
            else
            {
                result.Add(piece);
            }
        }

        return result.Count == 0 ? [text.Trim()] : result;
    }

    private static bool ContinuesPrevious(string piece, bool listContext)
    {
        var lower = piece.ToLowerInvariant();
        if (Coordinated.Any(c => lower == c || lower.StartsWith(c + " ", StringComparison.Ordinal)) && char.IsLower(piece[0]))
        {
            return true;
        }

        if (listContext)
        {
            return false;
        }

        var first = piece.Split(' ')[0];
        if (first.Length > 0 && (Abbreviations.IsKnown(first) || IsAbbreviation(first)))
        {
            return false;
        }

        return !Heads.Any(h => lower.StartsWith(h + " ", StringComparison.Ordinal) || lower == h) && !PersonName().IsMatch(piece);
    }

    private static bool IsAbbreviation(string token) =>
        token.Length >= 2 && token.Count(char.IsUpper) >= 2 && token.All(c => char.IsLetter(c) || c is '&' or '-' or '.');

    /// <summary>A position or body type with nothing saying whose: "Chủ tịch", "HĐND" (expanded).</summary>
    private static bool IsBare(string mention)
    {
        var m = mention.StartsWith("Các ", StringComparison.Ordinal) ? mention[4..] : mention;
        return PositionWords.Any(p => string.Equals(m, p, StringComparison.OrdinalIgnoreCase))
            || BodyTypes.Any(b => string.Equals(m, b, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsBarePosition(string mention)
    {
        var m = mention.StartsWith("Các ", StringComparison.Ordinal) ? mention[4..] : mention;
        return PositionWords.Any(p => string.Equals(m, p, StringComparison.OrdinalIgnoreCase)) || m is "Bộ trưởng" or "Thứ trưởng";
    }

    /// <summary>What follows the position or body type: "các Phó Chủ tịch Hội đồng nhân dân tỉnh" → "Hội đồng nhân dân tỉnh".</summary>
    private static string? Qualifier(string mention)
    {
        var m = mention.StartsWith("Các ", StringComparison.Ordinal) ? mention[4..] : mention;
        foreach (var head in PositionWords.Concat(BodyTypes).OrderByDescending(p => p.Length))
        {
            if (m.StartsWith(head + " ", StringComparison.OrdinalIgnoreCase))
            {
                return m[(head.Length + 1)..];
            }
        }

        return null;
    }

    private static bool IsGroup(string mention)
    {
        var lower = mention.ToLowerInvariant();
        return lower.StartsWith("các ", StringComparison.Ordinal) || lower.Contains(" các ", StringComparison.Ordinal)
            || lower.StartsWith("lãnh đạo", StringComparison.Ordinal) || lower.StartsWith("phó ", StringComparison.Ordinal)
            || lower.StartsWith("những ", StringComparison.Ordinal) || lower.Contains("sở, ban, ngành", StringComparison.Ordinal);
    }
}
