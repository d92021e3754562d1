using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LangSon.Notify.Understanding.Lexicon;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Directory;

/// <summary>
/// The comparison key of an agency name: abbreviations expanded from the lexicon, lower case, diacritics and "đ" folded, punctuation
/// dropped. "HĐND các huyện, thành phố" and "hoi dong nhan dan cac huyen, thanh pho" share a key. <see cref="Loose"/>
/// also drops the plural marker "các" and a trailing "tỉnh (Lạng Sơn)".
/// </summary>
public static partial class NameKey
{
    private static readonly char[] TokenTrim = [',', ';', ':', '.', '(', ')', '"', '“', '”', '\'', '[', ']'];

    /// <summary>The key of a name or mention; empty when nothing is left.</summary>
    public static string Of(string text) => Fold(Expand(text));

    /// <summary>Expands the abbreviations of a raw name, keeping its other words as printed.</summary>
    public static string Expand(string text)
    {
        text = Parsing.Abbreviations.RadioTelevision().Replace(text, "Phát thanh và Truyền hình");
        text = RadioTelevisionComma().Replace(text, "Phát thanh và Truyền hình");
        var builder = new StringBuilder(text.Length + 16);
        foreach (var raw in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(ExpandToken(raw));
        }

        return builder.ToString();
    }

    // The field is printed both ways ("Báo và Phát thanh, Truyền hình"); one key for both.
    [GeneratedRegex(@"\bPhát thanh\s*,\s*Truyền hình\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex RadioTelevisionComma();

    private static string ExpandToken(string raw)
    {
        var token = raw.Trim(TokenTrim);
        if (token.Length == 0)
        {
            return raw;
        }

        if (Lookup(token) is { } whole)
        {
            return whole;
        }

        // "HĐND-UBND", "VP/TU": expand the parts of a compound when every part is known.
        var parts = token.Split(['-', '/', '&'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 1 && parts.All(p => Lookup(p) is not null))
        {
            return string.Join(" và ", parts.Select(p => Lookup(p)!));
        }

        return raw;
    }

    // Abbreviations come from the lexicon: as printed for every length (short ones collide with words once folded,
    // "TU" and "tư"), and folded only from four letters up. A code with several readings stays as printed.
    private static string? Lookup(string token)
    {
        if (token == "TU")
        {
            return "Tỉnh ủy";
        }

        // Names repeat the same few words; folding each once keeps resolution of long lists fast.
        if (Cache.TryGetValue(token, out var cached))
        {
            return cached;
        }

        var lexicon = AgencyLexicon.Default;
        var found = Reading(lexicon.Exact(token)) ?? Reading(lexicon.Folded(token));
        if (Cache.Count > 100_000)
        {
            Cache.Clear();
        }

        Cache[token] = found;
        return found;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> Cache = new(StringComparer.Ordinal);

    private static string? Reading(IReadOnlyList<LexiconReading> readings)
    {
        string? found = null;
        foreach (var reading in readings)
        {
            if (reading.AfterHead is not null || reading.IsUnit)
            {
                continue;
            }

            if (found is not null && found != reading.Expansion)
            {
                return null;
            }

            found = reading.Expansion;
        }

        return found;
    }

    /// <summary>Lower case, without diacritics, "đ" as "d"; other characters kept.</summary>
    public static string FoldWord(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c == 'đ' ? 'd' : c);
        }

        return builder.ToString();
    }

    /// <summary>Folds an already expanded text to its key.</summary>
    public static string Fold(string text)
    {
        var folded = FoldWord(text);
        var builder = new StringBuilder(folded.Length);
        var tokenStart = 0;
        for (var i = 0; i <= folded.Length; i++)
        {
            if (i < folded.Length && char.IsLetterOrDigit(folded[i]))
            {
                continue;
            }

            if (i > tokenStart)
            {
                if (builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(folded.AsSpan(tokenStart, i - tokenStart));
            }

            tokenStart = i + 1;
        }

        return builder.ToString();
    }

    private static readonly string[] PlaceSuffixes = [" tinh lang son", " lang son", " tinh"];

    /// <summary>A key without "các" and without a trailing "tỉnh", "Lạng Sơn" or "tỉnh Lạng Sơn": a weaker match.</summary>
    public static string Loose(string key)
    {
        var tokens = key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => t != "cac");
        var loose = string.Join(' ', tokens);
        foreach (var suffix in PlaceSuffixes)
        {
            if (loose.Length > suffix.Length && loose.EndsWith(suffix, StringComparison.Ordinal))
            {
                return loose[..^suffix.Length];
            }
        }

        return loose;
    }
}
