using System.Text.RegularExpressions;
using LangSon.Notify.Understanding.Lexicon;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Parsing;

/// <summary>
/// Judges whether a mention is a well-formed name: it starts with a head the lexicon knows (a body, a unit, a position,
/// a collective such as "Các sở, ban, ngành"), and a ministry or a department names a field the lexicon knows.
/// </summary>
internal static partial class MentionDoubt
{
    private static readonly Lazy<string[]> KnownStarts = new(() => AgencyLexicon.Default.Entries
        .Where(e => e.Kind is LexiconKind.Body or LexiconKind.Unit or LexiconKind.Head or LexiconKind.Position or LexiconKind.Place)
        .Select(e => VietnameseText.Fold(e.Name))
        .Concat(AgencyLexicon.Default.Entries.Where(e => e.Keep).SelectMany(e => e.Abbreviations).Select(VietnameseText.Fold))
        .Distinct(StringComparer.Ordinal)
        .OrderByDescending(s => s.Length)
        .ToArray());

    private static readonly Lazy<string[]> Positions = new(() => AgencyLexicon.Default.Entries
        .Where(e => e.Kind == LexiconKind.Position)
        .Select(e => VietnameseText.Fold(e.Name))
        .Concat(["cac", "nhung", "lanh dao", "thuong truc", "dong chi", "d/c", "toan the"])
        .Distinct(StringComparer.Ordinal)
        .OrderByDescending(s => s.Length)
        .ToArray());

    // What may follow "Bộ" or "Sở" besides a field: "Bộ Tư lệnh", "Bộ Chỉ huy", "Bộ đội", "các Bộ, ngành", "Sở, ban, ngành".
    private static readonly string[] CollectiveWords = ["tu lenh", "chi huy", "doi", "nganh", "ban", "co quan", "thuoc", "truc thuoc", "tinh", "thanh pho"];

    // Closed sets: "Bộ X" and "Sở X" must name a ministry's or a department's field.
    private static readonly Lazy<Dictionary<string, string[]>> Fields = new(() => AgencyLexicon.Default.Entries
        .Where(e => e.Field is not null && e.Head is "Bộ" or "Sở")
        .GroupBy(e => VietnameseText.Fold(e.Head))
        .ToDictionary(g => g.Key, g => g.Select(e => VietnameseText.Fold(e.Field!)).Concat(CollectiveWords).Distinct().ToArray()));


    private static readonly HashSet<string> OcrNoise = new(StringComparer.Ordinal)
    {
        "va", "cac", "don", "thuoc", "truc", "tinh", "huyen", "phong", "nhan", "uy", "Van", "Dai", "Uy", "Hoi", "So", "Bo", "Cuc", "Vu", "Tong",
    };

    [GeneratedRegex(@"^(?:Số\s*(?:nhà\s*)?\d|Địa chỉ\b|ĐC\s*:)|\b(?:số|Số)\s+\d+[\w/]*\s*,?\s*(?:đường|phố|ngõ|ngách|hẻm)\b|\b(?:đường|phố|ngõ|ngách|hẻm|tổ dân phố|khu phố)\s+[\p{Lu}\d][^,;]*,\s*(?:phường|P\.|quận|Q\.|xã|thị trấn)\s", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex AddressPattern();

    [GeneratedRegex(@"^[\p{Lu}][\p{Ll}]+(?:\s+[\p{Lu}][\p{Ll}]*){0,4}$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex PersonName();

    /// <summary>A postal address (house number and street, or street, ward and district), not a recipient.</summary>
    public static bool LooksLikeAddress(string text) => AddressPattern().IsMatch(text.Trim().TrimStart('-', '+', '*', ' '));

    [GeneratedRegex(@"^(?:Số\s*(?:nhà\s*)?\d|Địa chỉ\b|ĐC\s*:)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex AddressStart();

    /// <summary>A line that is an address and nothing else (an address after a body's name is a doubtful mention instead).</summary>
    public static bool IsAddressLine(string text)
    {
        var trimmed = text.Trim().TrimStart('-', '+', '*', ' ');
        if (!AddressPattern().IsMatch(trimmed))
        {
            return false;
        }

        var folded = VietnameseText.Fold(trimmed);
        return AddressStart().IsMatch(trimmed) || KnownStart(folded) is null;
    }

    /// <summary>Doubts about the shape of an expanded mention; empty when it is a well-formed name.</summary>
    public static IEnumerable<string> Assess(string mention)
    {
        var folded = VietnameseText.Fold(mention);
        if (folded.Length == 0)
        {
            yield return "line-not-consumed";
            yield break;
        }

        if (LooksLikeAddress(mention))
        {
            yield return "address-like";
        }

        // Common words printed without their diacritics ("va", "don vi", "Van phong") mark a garbled copy.
        var noisy = mention.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(w => OcrNoise.Contains(w.Trim(',', ';', '.', '(', ')')));
        if (noisy is not null)
        {
            yield return $"ocr-noise: {noisy}";
        }

        // Strip what says who within a body ("Các Phó Chủ tịch", "Lãnh đạo") to reach the body's head.
        var rest = folded;
        var strippedPosition = false;
        for (var guard = 0; guard < 4; guard++)
        {
            var position = Positions.Value.FirstOrDefault(p => rest == p || rest.StartsWith(p + " ", StringComparison.Ordinal));
            if (position is null)
            {
                break;
            }

            strippedPosition = true;
            rest = rest[position.Length..].TrimStart();
        }

        if (rest.Length == 0)
        {
            yield break; // a position alone, already owned by the issuer or a person
        }

        var start = KnownStart(rest);
        if (start is null)
        {
            var original = OriginalTail(mention, rest);
            if (!(strippedPosition && PersonName().IsMatch(original)))
            {
                yield return $"not-in-lexicon: {original}";
            }

            yield break;
        }

        if (rest == start && start is "so" or "bo" or "vu" or "cuc" or "phong" or "ban")
        {
            yield return $"incomplete-name: {mention}";
            yield break;
        }

        if (Fields.Value.TryGetValue(start, out var fields) && rest.Length > start.Length)
        {
            var field = rest[(start.Length + 1)..];
            if (!fields.Any(f => field == f || field.StartsWith(f + " ", StringComparison.Ordinal)) && !field.StartsWith("cac ", StringComparison.Ordinal))
            {
                yield return $"not-in-lexicon: {OriginalTail(mention, rest)}";
            }
        }
    }

    // The longest known start of a folded text, looked up by its first word.
    private static string? KnownStart(string folded)
    {
        var space = folded.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? folded : folded[..space];
        return StartsByFirstWord.Value.TryGetValue(first, out var starts)
            ? starts.FirstOrDefault(s => folded == s || folded.StartsWith(s + " ", StringComparison.Ordinal))
            : null;
    }

    private static readonly Lazy<Dictionary<string, string[]>> StartsByFirstWord = new(() => KnownStarts.Value
        .GroupBy(s => s.Split(' ')[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.Length).ToArray(), StringComparer.Ordinal));

    // The printed words of the mention that the folded tail stands for.
    private static string OriginalTail(string mention, string foldedTail)
    {
        var words = mention.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tailWords = foldedTail.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return string.Join(' ', words.Skip(Math.Max(0, words.Length - tailWords)));
    }

    /// <summary>How sure the parser is, from the doubts and the kind of evidence.</summary>
    public static double Confidence(IReadOnlyCollection<string> doubts, IReadOnlyCollection<string> evidence)
    {
        var confidence = 1.0 - (0.35 * doubts.Count);
        if (evidence.Any(e => e.StartsWith("initials:", StringComparison.Ordinal) || e.StartsWith("run-together:", StringComparison.Ordinal)))
        {
            confidence -= 0.1;
        }

        return Math.Clamp(confidence, 0.1, 1.0);
    }
}
