using System.Text;
using System.Text.RegularExpressions;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Reading;

/// <summary>Turns extracted pages into the reader's output: NFC text, pages joined by a blank line, page offsets.</summary>
internal static partial class DocumentTextAssembler
{
    public static DocumentText Assemble(IReadOnlyList<ExtractedPage> pages, DocumentKind kind)
    {
        var text = new StringBuilder();
        var pageStarts = new List<int>(pages.Count);
        foreach (var page in pages)
        {
            var body = PageBreakRepair.Repair(Clean(page.Text));
            if (body.Length == 0)
            {
                pageStarts.Add(text.Length);
                continue;
            }

            if (text.Length > 0)
            {
                var join = page.ContinuesPrevious == true
                    || (page.ContinuesPrevious is null && PageBreakRepair.ShouldJoin(LastLine(text), FirstLine(body)));
                text.Append(join ? " " : "\n\n");
            }

            pageStarts.Add(text.Length);
            text.Append(body);
        }

        return new DocumentText(text.ToString(), pageStarts, kind);
    }

    /// <summary>NFC, LF line ends, no trailing spaces, at most one blank line in a row, no blank lines at the ends.</summary>
    public static string Clean(string text)
    {
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace("\uFEFF", string.Empty, StringComparison.Ordinal);
        normalised = normalised.Normalize(NormalizationForm.FormC);
        normalised = TrailingSpaces().Replace(normalised, string.Empty);
        normalised = ExtraBlankLines().Replace(normalised, "\n\n");
        return normalised.Trim('\n');
    }

    private static string LastLine(StringBuilder text)
    {
        var start = text.Length;
        while (start > 0 && text[start - 1] != '\n')
        {
            start--;
        }

        return text.ToString(start, text.Length - start);
    }

    private static string FirstLine(string text)
    {
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? text : text[..newline];
    }

    [GeneratedRegex(@"[ \t\u00A0\f\v]+(?=\n|$)", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex TrailingSpaces();

    [GeneratedRegex(@"\n{3,}", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ExtraBlankLines();
}
