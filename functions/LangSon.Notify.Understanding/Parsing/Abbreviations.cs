using System.Text.RegularExpressions;
using LangSon.Notify.Understanding.Lexicon;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Parsing;

/// <summary>
/// Expands the abbreviations of recipient lists and task text from the lexicon: its entries first (as printed, then
/// without diacritics), then run-together forms ("PCTUBND" = PCT + UBND), then initials of lexicon names read in
/// context ("Trung tâm XTĐT" = Trung tâm Xúc tiến đầu tư). A code nothing explains stays as printed and is logged as doubt.
/// </summary>
internal static partial class Abbreviations
{
    private static AgencyLexicon Lexicon => AgencyLexicon.Default;

    [GeneratedRegex(@"[\p{L}\p{N}&\-]+", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Token();

    // "PT và TH", "PT&TH", "PT, TH" (the merged press body's own comma): one field, never two recipients.
    [GeneratedRegex(@"\bPT\s*(?:và|&|,)\s*TH\b", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    internal static partial Regex RadioTelevision();

    // "TT.TU", "PCT.UBND": a dot joining two abbreviations.
    [GeneratedRegex(@"(?<=[\p{Lu}Đ])\.(?=[\p{Lu}Đ])", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex DotBetweenAbbreviations();

    // "PCT. UBND tỉnh": a dot and a space after a position's abbreviation.
    [GeneratedRegex(@"(?<=\b[\p{Lu}Đ]{2,})\.\s+(?=[\p{Lu}Đ]{2,}\b)", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex DotSpaceBetweenAbbreviations();

    // Dotted abbreviations of the lexicon ("Tr.phòng") are replaced before tokens are read.
    private static readonly Lazy<(Regex Pattern, Dictionary<string, string> Map)> Dotted = new(() =>
    {
        var map = Lexicon.Entries.SelectMany(e => e.Abbreviations.Where(a => a.Contains('.', StringComparison.Ordinal)).Select(a => (a, e.Name)))
            .GroupBy(x => x.a, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var alternatives = string.Join('|', map.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        return (new Regex($@"(?<![\p{{L}}.])(?:{alternatives})(?![\p{{L}}])", RegexOptions.CultureInvariant, RegexBudget.MatchTimeout), map);
    });

    // Words that head a name; the code right after one is read as that body's field or unit ("Sở TC", "Vụ PC").
    private static readonly string[] CodeHeads = ["Sở", "Bộ", "Ban", "Vụ", "Cục", "Tổng cục", "Phòng", "Trung tâm", "Ủy ban", "Văn phòng", "Chi cục", "Công ty"];

    /// <summary>Expands abbreviations in a phrase. <paramref name="partyCommittee"/> is what "TU" means here (Tỉnh ủy, or Thành ủy in a city's documents).</summary>
    public static string Expand(string text, bool atItemStart = false, string partyCommittee = "Tỉnh ủy") =>
        Expand(text, atItemStart, partyCommittee, null, null);

    /// <summary>Expands, recording the evidence of each expansion and each code nothing explains in <paramref name="log"/>.</summary>
    public static string Expand(string text, bool atItemStart, string partyCommittee, ExpansionLog? log, string? placeInitials = null)
    {
        text = Dotted.Value.Map.Count > 0 ? Dotted.Value.Pattern.Replace(text, m => Dotted.Value.Map[m.Value]) : text;
        text = DotBetweenAbbreviations().Replace(text, " ");
        text = DotSpaceBetweenAbbreviations().Replace(text, " ");
        text = RadioTelevision().Replace(text, "Phát thanh và Truyền hình");
        var leading = text.Length - text.TrimStart().Length;
        var result = Token().Replace(text, m =>
        {
            var head = HeadBefore(text, m.Index);
            var itemStart = atItemStart && m.Index == leading;
            if (itemStart && m.Value == "TT")
            {
                return Standing(text[(m.Index + m.Length)..], log);
            }

            return ExpandToken(m.Value, itemStart, partyCommittee, head, log, placeInitials, text[(m.Index + m.Length)..]);
        });
        return log is null ? result : ByInitials(result, log);
    }

    // "TT" opening an item is the standing body of a council or committee ("TT HĐND"), otherwise a centre ("TT Y tế").
    private static readonly string[] StandingBodies = ["HĐND", "HDND", "UBND", "TU", "HU", "ĐU", "ThU", "Tỉnh ủy", "Huyện ủy", "Thành ủy", "Đảng ủy", "Hội đồng", "Ủy ban", "Ban"];

    private static string Standing(string after, ExpansionLog? log)
    {
        var next = after.TrimStart(' ', '.');
        if (StandingBodies.Any(b => next.StartsWith(b, StringComparison.Ordinal)))
        {
            log?.Because("lexicon provincial-leadership: TT before a council or committee = Thường trực");
            return "Thường trực";
        }

        log?.Because("TT before a body that is no council = Trung tâm");
        return "Trung tâm";
    }

    /// <summary>Whether the token is a known abbreviation (so "Các VP: TU, …" lists can be told from prose).</summary>
    public static bool IsKnown(string token) => token == "TU" || Lexicon.Exact(token).Any(r => r.AfterHead is null);

    /// <summary>Whether the token is a known abbreviation of a body, unit or position (not a field or a word inside a name).</summary>
    public static bool IsKnownBody(string token) =>
        token == "TU" || Lexicon.Exact(token).Any(r => r.AfterHead is null && r.Entry.Kind is LexiconKind.Body or LexiconKind.Unit or LexiconKind.Position && r.Expansion == (r.IsUnit ? r.Entry.Name : r.Expansion) && !IsFieldReading(r));

    private static bool IsFieldReading(LexiconReading reading) => reading.Entry.Field is { } field && reading.Expansion == field;

    /// <summary>The head word printed right before position <paramref name="index"/>, if any ("Sở" in "Sở TC").</summary>
    private static string? HeadBefore(string text, int index)
    {
        var before = text[..index].TrimEnd();
        foreach (var head in CodeHeads.OrderByDescending(h => h.Length))
        {
            if (before.EndsWith(head, StringComparison.OrdinalIgnoreCase)
                && (before.Length == head.Length || !char.IsLetter(before[before.Length - head.Length - 1])))
            {
                return head;
            }
        }

        return null;
    }

    private static string ExpandToken(string token, bool atItemStart, string partyCommittee, string? head, ExpansionLog? log, string? placeInitials, string after = "")
    {
        if (token == "TU")
        {
            return partyCommittee;
        }

        if (Read(token, atItemStart, head, folded: false, log, after) is { } exact)
        {
            return exact;
        }

        if (placeInitials is not null && token == placeInitials)
        {
            return token; // the issuer's own place, written by its initials ("LS"); resolved by the caller
        }

        if (Read(token, atItemStart, head, folded: true, log, after) is { } folded)
        {
            return folded;
        }

        // OCR sometimes lower-cases whole lines ("các pct ubndtp"); a lower-case token without a vowel is no Vietnamese word.
        if ((token.Length >= 4 || token.Length >= 2 && !HasVowel(token)) && token.Any(char.IsLetter) && token.All(c => !char.IsLetter(c) || char.IsLower(c)))
        {
            var upper = token.ToUpperInvariant();
            if (upper == token || !upper.Any(char.IsUpper))
            {
                return token;
            }

            var expanded = ExpandToken(upper, atItemStart, partyCommittee, head, null, placeInitials);
            if (expanded != upper)
            {
                log?.Because($"upper-cased: {token} = {expanded}");
                return expanded;
            }

            return token;
        }

        if (RunTogether(token, atItemStart, partyCommittee) is { } joined)
        {
            log?.Because($"run-together: {token} = {joined.Pieces}");
            return joined.Expansion;
        }

        if (log is not null && LooksLikeCode(token) && !(head == "Cục" && token.Any(char.IsDigit)))
        {
            log.Doubt($"unknown-abbreviation: {token}");
        }

        return token;
    }

    private static bool HasVowel(string token) =>
        VietnameseText.RemoveDiacritics(token).Any(c => "aeiouyAEIOUY".Contains(c, StringComparison.Ordinal));

    /// <summary>The reading of a token, or null; several different readings leave it as printed and doubtful.</summary>
    private static string? Read(string token, bool atItemStart, string? head, bool folded, ExpansionLog? log, string after = "")
    {
        IReadOnlyList<LexiconReading> readings = folded ? Lexicon.Folded(token) : Lexicon.Exact(token);
        if (readings.Count == 0)
        {
            return null;
        }

        // A reading tied to the next word wins there and is out elsewhere ("BCH QS" is Bộ Chỉ huy, "BCH Đoàn" Ban Chấp hành).
        if (readings.Any(r => r.Before.Count > 0))
        {
            var next = after.TrimStart(' ', '.');
            var tied = readings.Where(r => r.Before.Any(b => next.StartsWith(b, StringComparison.Ordinal))).ToList();
            readings = tied.Count > 0 ? tied : readings.Where(r => r.Before.Count == 0).ToList();
        }

        // After a head ("Sở TC", "Vụ PC") the head's own readings win; a unit of a sister head ("Vụ TCDN" for a Cục) also fits.
        if (head is not null)
        {
            var afterHead = readings.Where(r => r.AfterHead is { } h && string.Equals(h, head, StringComparison.OrdinalIgnoreCase)).ToList();
            if (afterHead.Count == 0 && head is "Vụ" or "Cục" or "Tổng cục")
            {
                afterHead = readings.Where(r => r.AfterHead is "Vụ" or "Cục" or "Tổng cục").ToList();
            }

            if (Single(afterHead) is { } reading)
            {
                log?.Because(reading.Evidence);
                return reading.Expansion;
            }
        }

        var anywhere = readings.Where(r => r.AfterHead is null && !r.IsUnit && (!r.ItemStartOnly || atItemStart)).ToList();
        if (anywhere.Count == 0)
        {
            anywhere = readings.Where(r => r.AfterHead is null && r.IsUnit).ToList();
        }

        if (anywhere.Count == 0)
        {
            return null;
        }

        if (Single(anywhere) is { } one)
        {
            log?.Because(folded ? $"{one.Evidence} (printed {token})" : one.Evidence);

            // "Trung tâm TTPVHCC": the head printed before the code is not written twice.
            return head is not null && one.Expansion == one.Entry.Name && string.Equals(one.Entry.Head, head, StringComparison.OrdinalIgnoreCase) && one.Entry.Head != one.Entry.Name
                ? one.Entry.Remainder
                : one.Expansion;
        }

        log?.Doubt($"several-candidates: {token} = {string.Join(" | ", anywhere.Select(r => r.Expansion).Distinct(StringComparer.Ordinal))}");
        return token;
    }

    private static LexiconReading? Single(List<LexiconReading> readings) =>
        readings.Count > 0 && readings.Select(r => r.Expansion).Distinct(StringComparer.Ordinal).Count() == 1 ? readings[0] : null;

    /// <summary>"PCTUBND" = PCT + UBND, "UBNDTP" = UBND + TP, "HĐNDT" = HĐND + tỉnh: the fewest known pieces that spell the token.</summary>
    private static (string Expansion, string Pieces)? RunTogether(string token, bool atItemStart, string partyCommittee)
    {
        if (token.Length < 4 || token.Count(char.IsUpper) < 3)
        {
            return null;
        }

        var n = token.Length;
        var best = new (int Count, int Previous, string? Expansion)[n + 1];
        for (var i = 1; i <= n; i++)
        {
            best[i] = (int.MaxValue, -1, null);
        }

        best[0] = (0, -1, null);
        for (var start = 0; start < n; start++)
        {
            if (best[start].Count == int.MaxValue)
            {
                continue;
            }

            for (var end = start + 1; end <= n; end++)
            {
                var piece = token[start..end];
                var expansion = PieceReading(piece, start == 0 && atItemStart, end == n, partyCommittee);
                if (expansion is not null && best[start].Count + 1 < best[end].Count)
                {
                    best[end] = (best[start].Count + 1, start, expansion);
                }
            }
        }

        if (best[n].Count is int.MaxValue or < 2)
        {
            return null;
        }

        var parts = new List<(string Piece, string Expansion)>();
        for (var at = n; at > 0; at = best[at].Previous)
        {
            parts.Insert(0, (token[best[at].Previous..at], best[at].Expansion!));
        }

        return (string.Join(' ', parts.Select(p => p.Expansion)), string.Join(" + ", parts.Select(p => p.Piece)));
    }

    private static string? PieceReading(string piece, bool atItemStart, bool last, string partyCommittee)
    {
        if (piece == "TU")
        {
            return partyCommittee;
        }

        if (last && piece == "T")
        {
            return "tỉnh";
        }

        if (piece.Length < 2)
        {
            return null;
        }

        var readings = Lexicon.Exact(piece).Where(r => r.AfterHead is null && !r.IsUnit && (!r.ItemStartOnly || atItemStart)).ToList();
        return Single(readings)?.Expansion;
    }

    /// <summary>Whether a token looks like an abbreviation: two capitals or more, or capitals with digits, and not a Roman numeral.</summary>
    public static bool LooksLikeCode(string token)
    {
        var letters = token.Count(char.IsLetter);
        var upper = token.Count(char.IsUpper);
        if (letters == 0 || upper < 2 && !(upper == 1 && token.Any(char.IsDigit)))
        {
            return false;
        }

        // Roman numerals, and words with Vietnamese vowels ("LẠNG SƠN" in capitals) are not codes.
        if (Regex.IsMatch(token, "^[IVXLC]+$", RegexOptions.None, RegexBudget.MatchTimeout) || token.Any(c => char.IsLetter(c) && c is not 'Đ' and not 'đ' && c > 'z'))
        {
            return false;
        }

        return upper * 2 >= letters;
    }

    /// <summary>
    /// Codes still unexplained are read as initials of a lexicon name, aligned word by word with the words printed in
    /// full around them: "Ban QL DA, ĐT và XD" = "Ban Quản lý Dự án, Đầu tư và Xây dựng".
    /// </summary>
    private static string ByInitials(string text, ExpansionLog log)
    {
        var unknown = log.Doubts.Where(d => d.StartsWith("unknown-abbreviation: ", StringComparison.Ordinal)).Select(d => d["unknown-abbreviation: ".Length..]).ToHashSet(StringComparer.Ordinal);
        if (unknown.Count == 0)
        {
            return text;
        }

        var tokens = Token().Matches(text).Select(m => (m.Value, m.Index, End: m.Index + m.Length)).ToList();
        for (var start = 0; start < tokens.Count; start++)
        {
            for (var end = tokens.Count; end > start; end--)
            {
                var span = tokens.GetRange(start, end - start);
                if (!span.Any(t => unknown.Contains(t.Value)))
                {
                    continue;
                }

                var printed = text[span[0].Index..span[^1].End];
                var match = Align(span.Select(t => t.Value).ToList());
                if (match is null)
                {
                    continue;
                }

                if (match.Count > 1)
                {
                    log.Doubt($"several-candidates: {printed} = {string.Join(" | ", match.Select(e => e.Name))}");
                    return text;
                }

                var entry = match[0];
                foreach (var code in span.Where(t => unknown.Contains(t.Value)))
                {
                    log.Doubts.Remove($"unknown-abbreviation: {code.Value}");
                }

                log.Because($"initials: {printed} = {entry.Name} (lexicon {entry.Block})");
                return text[..span[0].Index] + entry.Name + text[span[^1].End..];
            }
        }

        return text;
    }

    /// <summary>Lexicon names whose words line up with the tokens: a word printed in full equals the name's word, a code's letters are the initials of as many words.</summary>
    private static List<LexiconEntry>? Align(List<string> tokens)
    {
        var key = new System.Text.StringBuilder();
        var parts = new List<(bool Code, string Folded)>();
        foreach (var token in tokens)
        {
            if (VietnameseText.Fold(token) is "va" or "")
            {
                continue;
            }

            var code = LooksLikeCode(token) || IsKnown(token) && token.Count(char.IsUpper) >= 2;
            var folded = code ? AgencyLexicon.LetterKey(token) : VietnameseText.Fold(token);
            if (folded.Any(char.IsDigit))
            {
                return null;
            }

            parts.Add((code, folded));
            key.Append(code ? folded : folded[..1]);
        }

        if (key.Length < 2)
        {
            return null;
        }

        var candidates = Lexicon.ByInitials(key.ToString()).Where(e => Fits(parts, AgencyLexicon.Words(e.Name))).ToList();
        return candidates.Count == 0 ? null : candidates.DistinctBy(e => e.Name).ToList();
    }

    private static bool Fits(List<(bool Code, string Folded)> parts, List<string> words)
    {
        var w = 0;
        foreach (var (code, folded) in parts)
        {
            if (!code)
            {
                if (w >= words.Count || words[w] != folded)
                {
                    return false;
                }

                w++;
                continue;
            }

            foreach (var letter in folded)
            {
                if (w >= words.Count || words[w][0] != letter)
                {
                    return false;
                }

                w++;
            }
        }

        return w == words.Count;
    }
}
