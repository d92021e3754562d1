using System.Text.RegularExpressions;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Parsing;

/// <summary>Finds the Nơi nhận block, its lines and the Lưu line, and sets aside signature text interleaved with it.</summary>
internal static partial class RecipientBlockReader
{
    private const int MaxLines = 60;

    [GeneratedRegex(@"^[-*\s]*N[ơo]i\s+nh[ậa]n\s*:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^[-\s]*L[ưu]u\s*:?\s*(?<rest>.*)$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Archive();

    [GeneratedRegex(@"\s(?=(?:TM|KT|TL|TUQ|Q|K/T|T/M|T/L)\.?\s+[\p{Lu}]{2})", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex InlineAuthority();

    [GeneratedRegex(@"^(?:TM|KT|TL|TUQ|Q|K/T|T/M|T/L)\.?\s+[\p{Lu}]{2}", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex AuthorityStart();

    // "- Văn phòng Chính phủ; PHÓ CHỦ TỊCH": the signature column's position read onto a Nơi nhận line.
    [GeneratedRegex(@";\s+(?<sig>[\p{Lu}][\p{Lu}\s,.]{5,})$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex UpperTail();

    [GeneratedRegex(@";\s*[-–•+]\s+(?=\S)", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex FlattenedItems();

    public sealed record Block(
        int Start,
        int End,
        IReadOnlyList<string> Lines,
        IReadOnlyList<string> Archive,
        IReadOnlyList<string> SignatureText,
        int ArchiveLineIndex);

    /// <summary>The block, or null when the notice has none. <paramref name="from"/> skips the header.</summary>
    public static Block? Find(IReadOnlyList<string> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            var m = Heading().Match(lines[i]);
            if (m.Success)
            {
                return Read(lines, i, m.Groups["rest"].Value.Trim());
            }
        }

        return null;
    }

    private static Block Read(IReadOnlyList<string> lines, int start, string rest)
    {
        var items = new List<string>();
        var signature = new List<string>();
        var archive = new List<string>();
        var archiveIndex = -1;
        var pending = rest.Length > 0 ? new Queue<string>([rest]) : new Queue<string>();
        var i = start + 1;
        var blanks = 0;
        while (true)
        {
            string line;
            if (pending.Count > 0)
            {
                line = pending.Dequeue();
            }
            else if (i < lines.Count && i - start <= MaxLines)
            {
                line = lines[i++];
            }
            else
            {
                break;
            }

            if (line.Length == 0)
            {
                if (++blanks >= 3 && items.Count > 0)
                {
                    break;
                }

                continue;
            }

            blanks = 0;

            // A block flattened onto one line ("- Như trên; - TT Tỉnh ủy; - Lưu: VT."): one item a line again.
            var flattened = FlattenedItems().Split(line);
            if (flattened.Length > 1)
            {
                foreach (var item in flattened.Skip(1))
                {
                    pending.Enqueue("- " + item.Trim());
                }

                line = flattened[0].Trim() + ";";
            }

            // Side-by-side extraction puts the signature on the same line: "- Như trên;  KT. CHỦ TỊCH".
            var split = InlineAuthority().Match(line);
            if (split.Success && split.Index > 2)
            {
                signature.Add(line[(split.Index + 1)..]);
                line = line[..split.Index].Trim();
            }

            var upperTail = UpperTail().Match(line);
            if (upperTail.Success && line.StartsWith('-'))
            {
                signature.Add(upperTail.Groups["sig"].Value.Trim());
                line = line[..(upperTail.Index + 1)];
            }

            if (AuthorityStart().IsMatch(line) || SignatureReader.LooksLikeSignatureLine(line))
            {
                signature.Add(line);
                continue;
            }

            var archiveMatch = Archive().Match(line);
            if (archiveMatch.Success)
            {
                items.Add(line);
                archiveIndex = items.Count - 1;
                var (entries, tail) = SplitArchive(archiveMatch.Groups["rest"].Value);
                archive.AddRange(entries);
                if (tail.Length > 0)
                {
                    signature.Add(tail);
                }

                break;
            }

            var isItem = line.StartsWith('-');
            if (!isItem && (line.Length > 140 || items.Count >= 1 && LooksLikeProse(line)))
            {
                i--;
                break;
            }

            // A recipient line wrapped onto the next ("… Sở Nông nghiệp và Phát" / "triển nông thôn;") is one line.
            if (!isItem && items.Count > 0 && WrapsOnto(items[^1], line))
            {
                items[^1] = items[^1].TrimEnd() + " " + line;
                continue;
            }

            items.Add(line);
        }

        // The signature usually follows the Lưu line; the reader of the signature looks there itself.
        return new Block(start, i, items, archive, signature, archiveIndex);
    }

    /// <summary>
    /// Whether <paramref name="line"/> continues the unterminated item before it: it starts in lower case, the item
    /// ends on a joining word ("và", ",", "-", "&amp;"), or the item ends on a place word and the line is the place's name.
    /// </summary>
    internal static bool WrapsOnto(string previous, string line)
    {
        var before = previous.TrimEnd();
        if (before.EndsWith(';') || before.EndsWith('.') || line.Length == 0)
        {
            return false;
        }

        if (char.IsLower(line[0]) || JoiningEnd().IsMatch(before))
        {
            return true;
        }

        return PlaceEnd().IsMatch(before) && ProperName().IsMatch(line.Trim().TrimEnd(';', '.', ',').Trim());
    }

    [GeneratedRegex(@"(?:\s(?:và|của|thuộc)|[,&\-–])$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex JoiningEnd();

    [GeneratedRegex(@"\s(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex PlaceEnd();

    [GeneratedRegex(@"^[\p{Lu}][\p{Ll}]+(?:\s+[\p{Lu}][\p{Ll}]+){0,3}$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ProperName();

    private static bool LooksLikeProse(string line) => line.Length > 90 && line.Count(c => c == ' ') > 14;

    /// <summary>"VT, THNC (ĐTK)." → ["VT", "THNC (ĐTK)"]; text after a full stop is the signature ("ĐMDN (2b). Trung Anh BỘ TRƯỞNG").</summary>
    private static (List<string> Entries, string Tail) SplitArchive(string text)
    {
        var tail = string.Empty;
        var stop = text.IndexOf(". ", StringComparison.Ordinal);
        if (stop >= 0)
        {
            tail = text[(stop + 2)..].Trim();
            text = text[..stop];
        }

        var entries = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(e => e.TrimEnd('.', ';').Trim())
            .Where(e => e.Length > 0)
            .ToList();

        // A tail that is only a copy count ("8.") is not a signature.
        if (tail.Length > 0 && !tail.Any(char.IsLetter))
        {
            tail = string.Empty;
        }

        return (entries, tail);
    }
}
