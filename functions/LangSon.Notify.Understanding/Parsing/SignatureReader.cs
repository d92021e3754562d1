using System.Text.RegularExpressions;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Parsing;

/// <summary>Reads the signature block: authority (TM., KT., TL., TUQ., Q.), position and signer.</summary>
internal static partial class SignatureReader
{
    [GeneratedRegex(@"(?<![\p{L}])(?<a>TM|KT|TL|TUQ|Q|K/T|T/M|T/L)\s*\.?\s+(?=[\p{Lu}]{2})", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Authority();

    [GeneratedRegex(@"(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|CHÁNH VĂN PHÒNG|CHÁNH THANH TRA|THỨ TRƯỞNG|BỘ TRƯỞNG|THỦ TƯỚNG|TRƯỞNG BAN|CHỦ NHIỆM|VỤ TRƯỞNG|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|TỔNG GIÁM ĐỐC|BÍ THƯ|TRƯỞNG PHÒNG|CHÁNH ÁN|VIỆN TRƯỞNG|TỔNG THƯ KÝ|TRƯỞNG ĐOÀN|HIỆU TRƯỞNG|CHI CỤC TRƯỞNG)(?:\s+THƯỜNG TRỰC)?", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Position();

    [GeneratedRegex(@"^\(?\s*(?:đã ký|Đã ký|ĐÃ KÝ|ký|Ký)[^)]*\)?\.?$|^\[.*\]$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex SignedMark();

    /// <summary>Whether a line inside the Nơi nhận block belongs to the signature instead.</summary>
    public static bool LooksLikeSignatureLine(string line)
    {
        if (SignedMark().IsMatch(line))
        {
            return true;
        }

        var upper = VietnameseText.IsUpper(line) && !line.StartsWith('-');
        return upper && Position().Match(line) is { Success: true, Index: 0 };
    }

    /// <summary>Finds the signature from <paramref name="from"/> on, preferring <paramref name="interleaved"/> text set aside by the Nơi nhận reader.</summary>
    /// <param name="nameFrom">Where to look for a name printed alone below the Nơi nhận block when the interleaved text has none; -1 for nowhere.</param>
    public static (Signer? Signer, HashSet<int> Lines) Read(IReadOnlyList<string> lines, int from, IReadOnlyList<string> interleaved, int nameFrom = -1)
    {
        var used = new HashSet<int>();
        var fromBlock = interleaved.Count > 0 ? Parse(string.Join('\n', interleaved)) : null;
        if (fromBlock?.Name is not null)
        {
            return (fromBlock, used);
        }

        if (fromBlock is not null && nameFrom >= 0 && NameBelow(lines, nameFrom) is { } below)
        {
            used.Add(below.Line);
            return (fromBlock with { Name = below.Name }, used);
        }

        (Signer Signer, HashSet<int> Lines)? fallback = null;
        for (var i = Math.Max(0, from); i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.StartsWith('-') || line.Contains("Lưu", StringComparison.Ordinal))
            {
                continue;
            }

            var m = Authority().Match(line);
            var startsWithPosition = VietnameseText.IsUpper(FirstWords(line, 2)) && Position().Match(line) is { Success: true, Index: 0 };
            if (!(m.Success && (m.Index == 0 || m.Index < line.Length / 2)) && !startsWithPosition)
            {
                continue;
            }

            var block = new List<string>();
            for (var j = i; j < lines.Count && j < i + 8; j++)
            {
                if (lines[j].Length == 0 && block.Count > 0 && HasName(block))
                {
                    break;
                }

                if (lines[j].StartsWith('-'))
                {
                    continue; // interleaved Nơi nhận line
                }

                block.Add(lines[j]);
                used.Add(j);
                if (HasName(block))
                {
                    break;
                }
            }

            var signer = Parse(string.Join('\n', block));
            if (signer is { Name: not null } or { Authority: not null })
            {
                return (signer, used);
            }

            // A title alone, with no name under it, is more often the issuing authority of a Quyết định
            // ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" above its Căn cứ) than the signature: keep looking.
            fallback ??= signer is null ? null : (signer, [.. used]);
            used.Clear();
        }

        return fromBlock is null && fallback is { } kept ? kept : (fromBlock, used);
    }

    // A signer's name on a line of its own: two to five capitalised words ("Trần Thị Bích").
    [GeneratedRegex(@"^(?:\p{Lu}\p{Ll}*\s+){1,4}\p{Lu}\p{Ll}*$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex NameLine();

    private static (string Name, int Line)? NameBelow(IReadOnlyList<string> lines, int from)
    {
        var seen = 0;
        for (var i = from; i < lines.Count && seen < 8; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            seen++;
            if (NameLine().IsMatch(line) && !VietnameseText.IsUpper(line))
            {
                return (line, i);
            }
        }

        return null;
    }

    private static bool HasName(List<string> block)
    {
        var text = string.Join(' ', block);
        return NameAfterUpper(text) is not null;
    }

    /// <summary>
    /// Parses the block as structure: stacked authorities ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH"), the position
    /// printed under the innermost one ("PHÓ CHỦ TỊCH"), then the name; also its one-line forms.
    /// </summary>
    public static Signer? Parse(string text)
    {
        var lines = text.Replace("**", string.Empty).Split('\n')
            .Select(l => Regex.Replace(l, @"\s+", " ", RegexOptions.None, RegexBudget.MatchTimeout).Trim())
            .Where(l => l.Length > 0)
            .ToList();
        var flat = string.Join(' ', lines);

        // The innermost authority: the last one printed.
        var authorityLine = -1;
        Match? innermost = null;
        for (var l = 0; l < lines.Count; l++)
        {
            var matches = Authority().Matches(lines[l]);
            if (matches.Count > 0)
            {
                authorityLine = l;
                innermost = matches[^1];
            }
        }

        string? position;
        string? authority = null;
        string? name;
        if (innermost is not null)
        {
            authority = NormaliseAuthority(innermost.Groups["a"].Value);
            var afterAuthority = lines[authorityLine][(innermost.Index + innermost.Length)..];
            var belowText = string.Join(' ', lines.Skip(authorityLine + 1));
            var below = UpperRun(belowText);
            // Capitals under the authority that name no title are debris set aside with the block, not a position.
            position = Position().IsMatch(below) ? LastPosition(below[Position().Match(below).Index..])
                : PositionAfterObject(UpperRun(afterAuthority), authority);
            name = NameAfterUpper(afterAuthority + " " + belowText);
        }
        else
        {
            var start = Position().Match(flat);
            if (!start.Success)
            {
                return null;
            }

            position = LastPosition(UpperRun(flat[start.Index..]));
            name = NameAfterUpper(flat[start.Index..]);
        }

        if (authority is null && position is null && name is null)
        {
            return null;
        }

        return new Signer(authority, position is null ? null : PositionCase(position), name);
    }

    /// <summary>The leading upper-case words: position lines end where the name begins.</summary>
    private static string UpperRun(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var upper = words.TakeWhile(w => VietnameseText.IsUpper(w) || !w.Any(char.IsLetter));
        return string.Join(' ', upper).Trim(',', ' ', '.');
    }

    /// <summary>
    /// One authority's text printed on one line with the position ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH"): the first title is the
    /// authority's, the next the signer's. "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH" names a body, then the position. A title alone
    /// after KT., TL. or TUQ. is the authority's, and the signer's own position was not printed.
    /// </summary>
    private static string? PositionAfterObject(string run, string authority)
    {
        var matches = Position().Matches(run);
        if (matches.Count >= 2)
        {
            return run[matches[1].Index..].Trim();
        }

        if (matches.Count == 1 && (authority == "TM." && matches[0].Index > 0 || authority == "Q."))
        {
            return run[matches[0].Index..].Trim();
        }

        return null;
    }

    /// <summary>Stacked titles without an authority ("GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC") give the one above the name; "BỘ TRƯỞNG, CHỦ NHIỆM" is one dual title.</summary>
    private static string? LastPosition(string run)
    {
        if (run.Length == 0)
        {
            return null;
        }

        var matches = Position().Matches(run);
        if (matches.Count < 2)
        {
            return run;
        }

        for (var k = matches.Count - 1; k > 0; k--)
        {
            var between = run[(matches[k - 1].Index + matches[k - 1].Length)..matches[k].Index];
            if (!between.Contains(',', StringComparison.Ordinal))
            {
                return run[matches[k].Index..].Trim();
            }
        }

        return run[matches[0].Index..].Trim();
    }

    /// <summary>"PHÓ CHÁNH VĂN PHÒNG" → "Phó Chánh Văn phòng", as positions are written in running text.</summary>
    private static string PositionCase(string upper)
    {
        var sentence = VietnameseText.ToSentenceCase(upper);
        var words = sentence.Split(' ');
        for (var k = 0; k < words.Length; k++)
        {
            var next = k + 1 < words.Length ? words[k + 1].TrimEnd(',') : string.Empty;
            var capital = (words[k], next) is ("chủ", "tịch" or "nhiệm") or ("văn", "phòng") or ("thanh", "tra") or ("chánh", _) or ("thủ", "tướng")
                || k > 0 && words[k - 1].EndsWith(',');
            if (capital && words[k].Length > 0)
            {
                words[k] = char.ToUpperInvariant(words[k][0]) + words[k][1..];
            }

            // "Vụ trưởng Vụ Pháp chế", "Giám đốc Sở Tư pháp": the body after the title is a name.
            if (k > 0 && words[k - 1] is "trưởng" or "đốc" && words[k] is "vụ" or "cục" or "sở" or "bộ" or "ban" or "phòng" && k + 1 < words.Length)
            {
                words[k] = char.ToUpperInvariant(words[k][0]) + words[k][1..];
                words[k + 1] = char.ToUpperInvariant(words[k + 1][0]) + words[k + 1][1..];
            }
        }

        return string.Join(' ', words);
    }

    private static string? NameAfterUpper(string text)
    {
        var words = text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var index = 0;
        var sawUpper = false;
        while (index < words.Length && (VietnameseText.IsUpper(words[index]) || !words[index].Any(char.IsLetter)))
        {
            sawUpper |= VietnameseText.IsUpper(words[index]);
            index++;
        }

        if (!sawUpper)
        {
            return null;
        }

        // Skip "(Đã ký)" and similar marks between position and name.
        var remaining = string.Join(' ', words.Skip(index));
        remaining = Regex.Replace(remaining, @"^\(?\s*(?:đã ký|Đã ký|ký)\s*\)?\s*", string.Empty, RegexOptions.None, RegexBudget.MatchTimeout);
        var nameWords = new List<string>();
        foreach (var word in remaining.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var clean = word.Trim(',', '.', ';');
            if (clean.Length == 0 || !char.IsUpper(clean[0]) || VietnameseText.IsUpper(clean) && clean.Length > 1 || !clean.All(char.IsLetter))
            {
                break;
            }

            nameWords.Add(clean);
            if (nameWords.Count == 5)
            {
                break;
            }
        }

        return nameWords.Count >= 2 ? string.Join(' ', nameWords) : null;
    }

    private static string NormaliseAuthority(string raw) => raw switch
    {
        "K/T" => "KT.",
        "T/M" => "TM.",
        "T/L" => "TL.",
        _ => raw + ".",
    };

    private static string FirstWords(string text, int count) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(count));
}
