using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Resolution;

/// <summary>
/// Finds what a mention names, splitting a line the parser left whole: comma lists that share a head or a tail
/// ("Chủ tịch, các Phó Chủ tịch HĐND tỉnh", "UBND huyện Cao Lộc, Lộc Bình"), "Các VP: TU, HĐND tỉnh", and "A và B".
/// </summary>
internal sealed partial class MentionMatcher(DirectoryIndex index)
{
    [System.Text.RegularExpressions.GeneratedRegex(@"\s*\([^()]*\)\s*$", System.Text.RegularExpressions.RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex TrailingParenthesis();

    private static readonly char[] ListSeparators = [',', ';'];

    public DirectoryIndex Index { get; } = index;

    /// <summary>The targets found and the pieces of text that named nothing.</summary>
    public (IReadOnlyList<NameTarget> Targets, IReadOnlyList<string> Unmatched) Match(string text, bool preferGroup)
    {
        text = text.Trim().TrimEnd(';', '.', ',').Trim();
        if (text.Length == 0)
        {
            return ([], []);
        }

        if (Single(text, preferGroup) is { Count: > 0 } whole)
        {
            return (whole, []);
        }

        // A trailing purpose or copy count the parser left on ("Sở Tư pháp (để thực hiện)", "… (02b)").
        if (TrailingParenthesis().Replace(text, "") is { Length: > 0 } bare && bare != text)
        {
            return Match(bare, preferGroup);
        }

        if (UnderParent(text) is { Count: > 0 } unit)
        {
            return (unit, []);
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            return MatchPrefixedList(text[..colon], text[(colon + 1)..]);
        }

        var pieces = text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (pieces.Length == 1)
        {
            pieces = text.Split(" và ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (pieces.Length == 1)
            {
                return ([], [text]);
            }
        }

        return MatchList(pieces, preferGroup);
    }

    private IReadOnlyList<NameTarget> Single(string text, bool preferGroup)
    {
        var found = Index.Lookup(text, preferGroup);
        if (found.Count > 0)
        {
            return found;
        }

        found = Index.LookupPosition(text);
        return found.Count > 0 ? found : Acronym(text);
    }

    /// <summary>
    /// "Phòng Tổng hợp - Nội chính - Văn phòng UBND tỉnh": a unit written with its parent after the last dash, where the
    /// unit's own name may hold dashes too. Units of that parent are preferred.
    /// </summary>
    private IReadOnlyList<NameTarget> UnderParent(string text)
    {
        var dash = text.LastIndexOf(" - ", StringComparison.Ordinal);
        if (dash <= 0)
        {
            return [];
        }

        var units = Single(text[..dash].Trim(), preferGroup: false);
        var parents = Single(text[(dash + 3)..].Trim(), preferGroup: false);
        if (units.Count == 0 || parents.Count == 0)
        {
            return [];
        }

        var under = units.Where(u => u.Entry?.Parent is { } parent && parents.Any(p => p.Id == parent)).ToList();
        return under.Count > 0 ? under : units.Count == 1 ? units : [];
    }

    /// <summary>A single code that the initials of exactly one directory name spell.</summary>
    public IReadOnlyList<NameTarget> Acronym(string text)
    {
        var code = text.Trim();
        if (code.Contains(' ', StringComparison.Ordinal) || !Parsing.Abbreviations.LooksLikeCode(code))
        {
            return [];
        }

        var targets = Index.ByInitials(code);
        return targets.Count == 1 ? targets : [];
    }

    // "Các VP: TU, HĐND tỉnh, Đoàn ĐBQH tỉnh": the head before the colon applies to every item.
    private (IReadOnlyList<NameTarget>, IReadOnlyList<string>) MatchPrefixedList(string head, string list)
    {
        head = head.Trim();
        if (head.StartsWith("các ", StringComparison.OrdinalIgnoreCase))
        {
            head = head[4..].Trim();
        }

        var targets = new List<NameTarget>();
        var unmatched = new List<string>();
        foreach (var item in list.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var found = Single($"{head} {item}", preferGroup: false);
            if (found.Count == 0)
            {
                found = Single(item, preferGroup: false);
            }

            if (found.Count > 0)
            {
                targets.AddRange(found);
            }
            else
            {
                unmatched.Add($"{head} {item}");
            }
        }

        return (targets, unmatched);
    }

    private (IReadOnlyList<NameTarget>, IReadOnlyList<string>) MatchList(string[] pieces, bool preferGroup)
    {
        // A matched segment covers pieces [start..end]; its targets and text sit at its start index.
        var found = new IReadOnlyList<NameTarget>?[pieces.Length];
        var segmentText = new string?[pieces.Length];
        var covered = new bool[pieces.Length];
        string? rightNeighbour = null;

        // Right to left: the longest run of pieces that is itself a name ("các huyện, thành phố"), else the piece
        // completed with the tail of the name to its right ("Chủ tịch" + "HĐND tỉnh").
        for (var i = pieces.Length - 1; i >= 0;)
        {
            var start = -1;
            for (var j = 0; j <= i && start < 0; j++)
            {
                var run = string.Join(", ", pieces[j..(i + 1)]);
                if (Single(run, preferGroup) is { Count: > 0 } targets)
                {
                    found[j] = targets;
                    segmentText[j] = run;
                    start = j;
                }
            }

            if (start >= 0)
            {
                Array.Fill(covered, true, start, i - start + 1);
                rightNeighbour = segmentText[start];
                i = start - 1;
                continue;
            }

            if (rightNeighbour is not null && WithTail(pieces[i], rightNeighbour, preferGroup) is { } completed)
            {
                found[i] = completed.Targets;
                segmentText[i] = completed.Text;
                covered[i] = true;
            }

            i--;
        }

        // Left to right for what is left: the piece completed with the head of the name to its left ("UBND huyện" + "Lộc Bình").
        string? leftNeighbour = null;
        for (var i = 0; i < pieces.Length; i++)
        {
            if (segmentText[i] is { } text)
            {
                leftNeighbour = text;
            }
            else if (!covered[i] && leftNeighbour is not null && WithHead(leftNeighbour, pieces[i], preferGroup) is { } completed)
            {
                found[i] = completed.Targets;
                segmentText[i] = completed.Text;
                covered[i] = true;
                leftNeighbour = completed.Text;
            }
        }

        var all = new List<NameTarget>();
        var unmatched = new List<string>();
        for (var i = 0; i < pieces.Length; i++)
        {
            if (found[i] is { } targets)
            {
                all.AddRange(targets);
            }
            else if (!covered[i])
            {
                // A piece joined by "và" ("Ủy ban MTTQ và các đoàn thể") may still split further.
                if (pieces[i].Contains(" và ", StringComparison.Ordinal))
                {
                    var (inner, rest) = Match(pieces[i], preferGroup);
                    all.AddRange(inner);
                    unmatched.AddRange(rest);
                }
                else
                {
                    unmatched.Add(pieces[i]);
                }
            }
        }

        return (all, unmatched);
    }

    private (IReadOnlyList<NameTarget> Targets, string Text)? WithTail(string piece, string neighbour, bool preferGroup)
    {
        var words = neighbour.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = 1; k < words.Length; k++)
        {
            var candidate = $"{piece} {string.Join(' ', words[k..])}";
            if (Single(candidate, preferGroup) is { Count: > 0 } targets)
            {
                return (targets, candidate);
            }
        }

        return null;
    }

    private (IReadOnlyList<NameTarget> Targets, string Text)? WithHead(string neighbour, string piece, bool preferGroup)
    {
        var words = neighbour.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var k = words.Length - 1; k >= 1; k--)
        {
            var candidate = $"{string.Join(' ', words[..k])} {piece}";
            if (Single(candidate, preferGroup) is { Count: > 0 } targets)
            {
                return (targets, candidate);
            }
        }

        return null;
    }
}
