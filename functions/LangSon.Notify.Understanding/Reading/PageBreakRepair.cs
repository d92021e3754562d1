using System.Text;
using System.Text.RegularExpressions;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Reading;

/// <summary>
/// Rejoins a sentence that extraction split at a page boundary ("các\n\nđịa phương"), without merging real paragraphs.
/// </summary>
internal static partial class PageBreakRepair
{
    /// <summary>Joins the paragraphs on either side of each blank-line gap when the text shows one sentence runs on.</summary>
    public static string Repair(string text)
    {
        if (!text.Contains("\n\n", StringComparison.Ordinal))
        {
            return text;
        }

        var blocks = BlankLines().Split(text);
        var result = new StringBuilder(text.Length);
        result.Append(blocks[0]);
        for (var i = 1; i < blocks.Length; i++)
        {
            var previous = LastLine(result);
            var next = FirstLine(blocks[i]);
            result.Append(ShouldJoin(previous, next) ? " " : "\n\n");
            result.Append(blocks[i]);
        }

        return result.ToString();
    }

    /// <summary>
    /// A sentence runs on when the earlier paragraph has no closing punctuation and is not a heading,
    /// and the later one starts with a lower-case word that is not a list marker.
    /// </summary>
    public static bool ShouldJoin(ReadOnlySpan<char> previous, ReadOnlySpan<char> next)
    {
        previous = previous.TrimEnd();
        next = next.TrimStart();
        if (previous.IsEmpty || next.IsEmpty)
        {
            return false;
        }

        if (EndsParagraph(previous[^1]) || IsAllCapitals(previous))
        {
            return false;
        }

        if (!char.IsLower(next[0]) || ListMarker().IsMatch(next))
        {
            return false;
        }

        return true;
    }

    /// <summary>Lines that open a list item or a numbered part; they never continue the line before.</summary>
    public static bool StartsWithListMarker(ReadOnlySpan<char> line) => ListMarker().IsMatch(line.TrimStart());

    public static bool IsAllCapitals(ReadOnlySpan<char> line)
    {
        var letters = 0;
        foreach (var c in line)
        {
            if (char.IsLetter(c))
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    private static bool EndsParagraph(char c) => c is '.' or ':' or ';' or '!' or '?' or '…' or '"' or '”' or '’' or '»' or ')' or ']' or '*' or '|';

    private static ReadOnlySpan<char> LastLine(StringBuilder text)
    {
        var end = text.Length;
        var start = end;
        while (start > 0 && text[start - 1] != '\n')
        {
            start--;
        }

        return text.ToString(start, end - start);
    }

    private static ReadOnlySpan<char> FirstLine(string block)
    {
        var newline = block.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? block : block.AsSpan(0, newline);
    }

    [GeneratedRegex(@"\n[ \t]*\n(?:[ \t]*\n)*", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex BlankLines();

    // "-", "+", "•", "(1)", "1.", "1.2.", "a)", "đ.", "I.", "ii)", "Điều 3", "Chương II", "Mục 1".
    [GeneratedRegex(@"^(?:[-+•–—*]\s|\(\d+\)|\(?[a-zđ]\)|[a-zđ]\.\s|\d+(?:\.\d+)*[.)]\s|[IVXLC]+[.)]\s|[ivxlc]+\)\s|(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]+)", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ListMarker();
}
