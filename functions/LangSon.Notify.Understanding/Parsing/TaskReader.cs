using System.Text.RegularExpressions;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Parsing;

/// <summary>Splits the body into labelled items ("Điều 1.", "I.", "1.", "(1)", "a)") with their nested text.</summary>
internal static partial class TaskReader
{
    private enum LabelKind
    {
        /// <summary>A new part of the document ("PHỤ LỤC …", an attached "CHƯƠNG TRÌNH …"): it ends every item before it.</summary>
        Part = -1,
        Article = 0,
        Roman = 1,
        Arabic = 2,
        Nested = 3,
        Parenthesised = 4,
        Letter = 5,
        Bullet = 6,
        None = 7,
    }

    [GeneratedRegex(@"^Điều\s+(?<n>\d{1,2})\s*[.:]\s*", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Article();

    [GeneratedRegex(@"^(?<n>[IVX]{1,5})\s*[.\-–]\s+(?=\p{L})", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Roman();

    [GeneratedRegex(@"^(?<n>\d{1,2}(?:\.\d{1,2}){1,2})\.?\s+(?=\p{L})", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Nested();

    [GeneratedRegex(@"^(?<n>\d{1,2})\s*[.)]\s*(?=\p{L})", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ArabicLabel();

    [GeneratedRegex(@"^\(\s*(?<n>\d{1,2})\s*\)\s*", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"^(?:\S{1,3}\s+)?(?<n>[a-zđ])\s*\)\s*(?=\S)|^(?<n>[A-ZĐ])\s*[.)]\s+(?=\p{Lu})", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Letter();

    [GeneratedRegex(@"^[-–•+]\s*", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Bullet();

    // A part attached after the decision: "PHỤ LỤC 01 …", "CHƯƠNG TRÌNH HÀNH ĐỘNG …", "KẾ HOẠCH … (Kèm theo …)".
    [GeneratedRegex(@"^(?:PHỤ LỤC|CHƯƠNG TRÌNH|KẾ HOẠCH|QUY CHẾ|QUY ĐỊNH|ĐỀ ÁN|DANH MỤC)\b(?:\s+(?:SỐ\s+)?[\dIVX]+)?", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex PartHeading();

    /// <param name="Parent">Index in the item list of the enclosing item; -1 at the top.</param>
    public sealed record Item(string Label, int Line, string Text, string? Section, string OwnText, int Parent = -1);

    /// <summary>Reads labelled items from the body lines; each item's text runs to the next label of the same or a higher level.</summary>
    /// <param name="startsNewSubject">Whether an unlabelled paragraph opens with a new subject; it ends the last deep item of a document.</param>
    public static (List<Item> Items, List<NoticeSection> Sections) Read(IReadOnlyList<(int Line, string Text)> body, Func<string, bool> startsNewSubject)
    {
        var labelled = new List<(int Index, LabelKind Kind, string Label, string Content)>();
        for (var k = 0; k < body.Count; k++)
        {
            var text = body[k].Text;
            if (text.StartsWith("- ", StringComparison.Ordinal))
            {
                var inner = text[2..];
                var (innerKind, _, _) = Classify(inner);
                if (innerKind is LabelKind.Letter or LabelKind.Parenthesised)
                {
                    text = inner;
                }
            }

            var (kind, label, content) = Classify(text);
            labelled.Add((k, kind, label, content));
        }

        var items = new List<Item>();
        var itemAt = new Dictionary<int, int>();
        var sections = new List<NoticeSection>();
        var topKind = labelled.Where(l => l.Kind is not LabelKind.None and not LabelKind.Bullet and not LabelKind.Part).Select(l => l.Kind).DefaultIfEmpty(LabelKind.None).Min();
        var currentSection = (string?)null;
        var sectionParagraphs = new List<string>();
        string? sectionHeading = null;
        var preamble = new List<string>();

        for (var n = 0; n < labelled.Count; n++)
        {
            var (index, kind, label, content) = labelled[n];
            if (kind == topKind && kind != LabelKind.None || kind == LabelKind.Part)
            {
                if (currentSection is not null || sectionParagraphs.Count > 0)
                {
                    sections.Add(new NoticeSection(currentSection, sectionHeading, sectionParagraphs.ToList()));
                }

                currentSection = label;
                sectionHeading = content;
                sectionParagraphs.Clear();
            }
            else if (currentSection is null)
            {
                preamble.Add(body[index].Text);
            }
            else
            {
                sectionParagraphs.Add(body[index].Text);
            }

            if (kind is LabelKind.None or LabelKind.Bullet or LabelKind.Part)
            {
                continue;
            }

            // The item's own text: its line and unlabelled continuations; its full text includes nested items.
            var own = new List<string> { content };
            var full = new List<string> { content };
            var ownOpen = true;
            var runsToEnd = !labelled.Skip(n + 1).Any(l => l.Kind is not LabelKind.None and not LabelKind.Bullet && l.Kind <= kind);
            for (var m = n + 1; m < labelled.Count; m++)
            {
                var next = labelled[m];
                if (next.Kind != LabelKind.None && next.Kind != LabelKind.Bullet && next.Kind <= kind)
                {
                    break;
                }

                // The last "a)" or "(n)" of a document does not own the closing paragraphs that follow it.
                if (runsToEnd && kind >= LabelKind.Parenthesised && next.Kind == LabelKind.None && startsNewSubject(next.Content))
                {
                    break;
                }

                if (next.Kind is not LabelKind.None and not LabelKind.Bullet)
                {
                    ownOpen = false;
                }

                var line = body[next.Index].Text;
                full.Add(line);
                if (ownOpen)
                {
                    own.Add(line);
                }
            }

            var parent = FindParent(labelled, n, kind);
            var parentItem = parent is null ? -1 : FindParentItem(itemAt, labelled, n, kind);
            itemAt[n] = items.Count;
            items.Add(new Item(label, body[index].Line, string.Join('\n', full), parent, string.Join('\n', own), parentItem));
        }

        if (currentSection is not null || sectionParagraphs.Count > 0)
        {
            sections.Add(new NoticeSection(currentSection, sectionHeading, sectionParagraphs.ToList()));
        }

        if (preamble.Count > 0)
        {
            sections.Insert(0, new NoticeSection(null, null, preamble));
        }

        return (items, sections);
    }

    private static string? FindParent(List<(int Index, LabelKind Kind, string Label, string Content)> labelled, int n, LabelKind kind)
    {
        for (var m = n - 1; m >= 0; m--)
        {
            if (labelled[m].Kind == LabelKind.Part)
            {
                return null;
            }

            if (labelled[m].Kind < kind && labelled[m].Kind != LabelKind.None)
            {
                return labelled[m].Label;
            }
        }

        return null;
    }

    private static int FindParentItem(Dictionary<int, int> itemAt, List<(int Index, LabelKind Kind, string Label, string Content)> labelled, int n, LabelKind kind)
    {
        for (var m = n - 1; m >= 0; m--)
        {
            if (labelled[m].Kind == LabelKind.Part)
            {
                return -1;
            }

            if (labelled[m].Kind < kind && labelled[m].Kind != LabelKind.None)
            {
                return itemAt.GetValueOrDefault(m, -1);
            }
        }

        return -1;
    }

    private static (LabelKind Kind, string Label, string Content) Classify(string text)
    {
        Match m;
        if ((m = PartHeading().Match(text)).Success && VietnameseText.IsUpper(FirstWords(text, 4)))
        {
            return (LabelKind.Part, string.Empty, text);
        }

        if ((m = Article().Match(text)).Success)
        {
            return (LabelKind.Article, $"Điều {m.Groups["n"].Value}.", text[m.Length..]);
        }

        if ((m = Roman().Match(text)).Success)
        {
            return (LabelKind.Roman, m.Groups["n"].Value + ".", text[m.Length..]);
        }

        if ((m = Nested().Match(text)).Success)
        {
            return (LabelKind.Nested, m.Groups["n"].Value + ".", text[m.Length..]);
        }

        if ((m = ArabicLabel().Match(text)).Success)
        {
            return (LabelKind.Arabic, m.Groups["n"].Value + ".", text[m.Length..]);
        }

        if ((m = Parenthesised().Match(text)).Success)
        {
            return (LabelKind.Parenthesised, $"({m.Groups["n"].Value})", text[m.Length..]);
        }

        if ((m = Letter().Match(text)).Success)
        {
            var letter = m.Groups["n"].Value;
            var close = text[(m.Groups["n"].Index + 1)..].TrimStart().FirstOrDefault();
            // "Z." is OCR's reading of "7.": an upper-case letter with a full stop sits at the numbered level.
            var kind = close == '.' && char.IsUpper(letter[0]) ? LabelKind.Arabic : LabelKind.Letter;
            return (kind, letter + (close == '.' ? "." : ")"), text[m.Length..]);
        }

        if ((m = Bullet().Match(text)).Success)
        {
            return (LabelKind.Bullet, "-", text[m.Length..]);
        }

        return (LabelKind.None, string.Empty, text);
    }

    private static string FirstWords(string text, int count) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(count));
}
