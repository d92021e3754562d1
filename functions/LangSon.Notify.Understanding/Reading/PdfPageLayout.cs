using System.Text;
using System.Text.RegularExpressions;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Reading;

/// <summary>
/// Puts the words of one page in reading order: lines by baseline, side-by-side columns (the two-column header,
/// Nơi nhận beside the signature, table cells) read left column first, wrapped lines rejoined into paragraphs.
/// Cheap on purpose: generic page segmenters cost far more than the reader's time budget.
/// </summary>
internal static partial class PdfPageLayout
{
    public static PdfPageText Layout(IReadOnlyList<PdfWord> words)
    {
        var lines = BuildLines(words);
        DropPageNumber(lines);
        if (lines.Count == 0)
        {
            return new PdfPageText(string.Empty, FirstLineFlush: false, LastLineFull: false);
        }

        var page = new PageFrame(
            Left: MostCommonLeft(lines),
            Right: lines.Max(l => l.Right),
            Size: Median(lines.Select(l => l.Size)));

        var output = new StringBuilder();
        var blocks = new List<Block>();
        ReadRegion(lines, lines.Min(l => l.Left), page.Right, page, blocks, columnDepth: 0);

        foreach (var block in blocks)
        {
            if (output.Length > 0)
            {
                output.Append("\n\n");
            }

            output.Append(block.Text);
        }

        var first = blocks[0];
        var last = blocks[^1];
        return new PdfPageText(
            output.ToString(),
            FirstLineFlush: first.InFlow && first.FirstLine.Left <= page.Left + (0.6 * page.Size) && !PageBreakRepair.StartsWithListMarker(first.FirstLine.Text),
            LastLineFull: last.InFlow && last.LastLine.Right >= page.Right - page.Size);
    }

    private static List<Line> BuildLines(IReadOnlyList<PdfWord> words)
    {
        var sorted = words.Where(w => !string.IsNullOrWhiteSpace(w.Text)).OrderByDescending(w => w.Baseline).ThenBy(w => w.Left).ToList();
        var lines = new List<Line>();
        List<PdfWord>? current = null;
        double baseline = 0;
        foreach (var word in sorted)
        {
            if (current is not null && baseline - word.Baseline <= 0.35 * Math.Max(2, word.Size))
            {
                current.Add(word);
                continue;
            }

            current = [word];
            baseline = word.Baseline;
            lines.Add(new Line(current));
        }

        foreach (var line in lines)
        {
            line.Seal();
        }

        return lines;
    }

    /// <summary>A page number printed alone above or below the text ("2", "- 2 -", "Trang 2/9") is not part of it.</summary>
    private static void DropPageNumber(List<Line> lines)
    {
        if (lines.Count > 1 && PageNumber().IsMatch(lines[0].Text))
        {
            lines.RemoveAt(0);
        }

        if (lines.Count > 1 && PageNumber().IsMatch(lines[^1].Text))
        {
            lines.RemoveAt(lines.Count - 1);
        }
    }

    /// <summary>Splits a run of lines at a shared vertical gutter, reading each side in turn; the rest flows.</summary>
    private static void ReadRegion(List<Line> lines, double xMin, double xMax, PageFrame page, List<Block> blocks, int columnDepth)
    {
        var flow = new List<Line>();
        var i = 0;
        while (i < lines.Count)
        {
            var (end, gutter) = columnDepth < 4 ? FindColumnBand(lines, i, xMin, xMax) : (i, null);
            if (gutter is null)
            {
                flow.Add(lines[i]);
                i++;
                continue;
            }

            FlushFlow(flow, page, blocks, columnDepth);
            var band = lines.GetRange(i, end - i + 1);
            var (gutterLeft, gutterRight) = gutter.Value;
            var left = band.Select(l => l.Slice(w => w.Right <= gutterLeft)).Where(l => l is not null).Select(l => l!).ToList();
            var right = band.Select(l => l.Slice(w => w.Left >= gutterRight)).Where(l => l is not null).Select(l => l!).ToList();
            ReadRegion(left, xMin, gutterLeft, page, blocks, columnDepth + 1);
            ReadRegion(right, gutterRight, xMax, page, blocks, columnDepth + 1);
            i = end + 1;
        }

        FlushFlow(flow, page, blocks, columnDepth);
    }

    /// <summary>
    /// The longest run of lines from <paramref name="start"/> that leaves one vertical strip empty, with text on both sides of it.
    /// </summary>
    private static (int End, (double Left, double Right)? Gutter) FindColumnBand(List<Line> lines, int start, double xMin, double xMax)
    {
        var minGutter = 1.5 * lines[start].Size;
        var free = lines[start].FreeIntervals(xMin, xMax, minGutter);
        var end = start;
        var bandLeft = lines[start].Left;
        var bandRight = lines[start].Right;
        (double, double)? best = Interior(free, bandLeft, bandRight, minGutter);
        var bestEnd = start;

        while (end + 1 < lines.Count && free.Count > 0)
        {
            var next = lines[end + 1];
            if (lines[end].Baseline - next.Baseline > 2.2 * Math.Max(lines[end].Size, next.Size))
            {
                break;
            }

            var narrowed = Intersect(free, next.FreeIntervals(xMin, xMax, minGutter), minGutter);
            if (narrowed.Count == 0)
            {
                break;
            }

            free = narrowed;
            end++;
            bandLeft = Math.Min(bandLeft, next.Left);
            bandRight = Math.Max(bandRight, next.Right);
            var interior = Interior(free, bandLeft, bandRight, minGutter);
            if (interior is not null)
            {
                best = interior;
                bestEnd = end;
            }
        }

        if (best is null)
        {
            return (start, null);
        }

        // A single line counts as two columns only when the gap is unmistakable.
        if (bestEnd == start && best.Value.Item2 - best.Value.Item1 < 3 * minGutter)
        {
            return (start, null);
        }

        return (bestEnd, best);
    }

    private static (double, double)? Interior(List<(double Left, double Right)> free, double bandLeft, double bandRight, double minGutter)
    {
        (double, double)? widest = null;
        foreach (var (left, right) in free)
        {
            var l = Math.Max(left, bandLeft);
            var r = Math.Min(right, bandRight);
            if (r - l >= minGutter && l > bandLeft && r < bandRight && (widest is null || r - l > widest.Value.Item2 - widest.Value.Item1))
            {
                widest = (l, r);
            }
        }

        return widest;
    }

    private static List<(double Left, double Right)> Intersect(List<(double Left, double Right)> a, List<(double Left, double Right)> b, double minWidth)
    {
        var result = new List<(double, double)>();
        foreach (var (al, ar) in a)
        {
            foreach (var (bl, br) in b)
            {
                var l = Math.Max(al, bl);
                var r = Math.Min(ar, br);
                if (r - l >= minWidth)
                {
                    result.Add((l, r));
                }
            }
        }

        return result;
    }

    /// <summary>Rejoins wrapped lines. In running text paragraphs are set apart by a blank line; in a column by a line break.</summary>
    private static void FlushFlow(List<Line> flow, PageFrame page, List<Block> blocks, int columnDepth)
    {
        if (flow.Count == 0)
        {
            return;
        }

        var inColumn = columnDepth > 0;
        var left = inColumn ? flow.Min(l => l.Left) : page.Left;
        var right = inColumn ? flow.Max(l => l.Right) : page.Right;
        var text = new StringBuilder();
        Line? previous = null;
        Line? paragraphStart = null;
        foreach (var line in flow)
        {
            if (previous is null)
            {
                text.Append(line.Text);
                paragraphStart = line;
            }
            else if (Continues(previous, line, paragraphStart!, left, right))
            {
                text.Append(' ').Append(line.Text);
            }
            else
            {
                var centredPair = !inColumn && IsCentred(previous, left, right) && IsCentred(line, left, right)
                    && previous.Baseline - line.Baseline <= 2.0 * Math.Max(previous.Size, line.Size);
                if (centredPair && CentredWrap(previous, line, flow, left, right))
                {
                    text.Append(' ').Append(line.Text);
                    previous = line;
                    continue;
                }

                text.Append(inColumn || centredPair ? "\n" : "\n\n").Append(line.Text);
                paragraphStart = line;
            }

            previous = line;
        }

        blocks.Add(new Block(text.ToString(), flow[0], flow[^1], InFlow: !inColumn));
        flow.Clear();
    }

    private static bool Continues(Line previous, Line line, Line paragraphStart, double left, double right)
    {
        var size = Math.Max(previous.Size, line.Size);
        if (previous.Baseline - line.Baseline > 2.0 * size || Math.Abs(previous.Size - line.Size) > 0.2 * size)
        {
            return false;
        }

        if (PageBreakRepair.StartsWithListMarker(line.Text))
        {
            return false;
        }

        // The line before was wrapped only if the next word would not have fitted on it.
        if (previous.Right + (0.3 * size) + line.Words[0].Width <= right)
        {
            return false;
        }

        // Stacked centred lines (a signature's "TL. CHỦ TỊCH" over "CHÁNH VĂN PHÒNG") are separate lines, not a wrap.
        var previousFlush = previous.Left <= left + (0.6 * size);
        if (!previousFlush && Math.Abs(((previous.Left + previous.Right) / 2) - ((line.Left + line.Right) / 2)) <= 0.5 * size)
        {
            return false;
        }

        var flush = line.Left <= left + (0.6 * size);
        var hanging = PageBreakRepair.StartsWithListMarker(paragraphStart.Text)
            && line.Left > paragraphStart.Left && line.Left <= paragraphStart.Left + (3 * size);
        return flush || hanging;
    }

    /// <summary>
    /// A centred title wraps like running text: the line before is as wide as the block allows, so the next word moved down.
    /// Lines in capitals (the type line, headings) and bracketed notes stand alone.
    /// </summary>
    private static bool CentredWrap(Line previous, Line line, List<Line> flow, double left, double right)
    {
        if (Math.Abs(previous.Size - line.Size) > 0.1 * previous.Size || PageBreakRepair.IsAllCapitals(previous.Text)
            || PageBreakRepair.IsAllCapitals(line.Text) || line.Text.StartsWith('(') || PageBreakRepair.StartsWithListMarker(line.Text))
        {
            return false;
        }

        var widest = flow.Where(l => IsCentred(l, left, right) && Math.Abs(l.Size - line.Size) <= 0.1 * line.Size).Max(l => l.Right - l.Left);
        return (previous.Right - previous.Left) + (0.3 * line.Size) + line.Words[0].Width > widest;
    }

    private static bool IsCentred(Line line, double left, double right) =>
        line.Left > left + (0.6 * line.Size) && line.Right < right - (0.6 * line.Size) && Math.Abs(((line.Left + line.Right) / 2) - ((left + right) / 2)) <= 1.5 * line.Size;

    private static double MostCommonLeft(List<Line> lines) =>
        lines.GroupBy(l => Math.Round(l.Left / 2)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Min(l => l.Left);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 12 : sorted[sorted.Count / 2];
    }

    [GeneratedRegex(@"^[-–—\s]*(?:(?:Trang|Page)\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?[-–—\s]*$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex PageNumber();

    private sealed record PageFrame(double Left, double Right, double Size);

    private sealed record Block(string Text, Line FirstLine, Line LastLine, bool InFlow);

    private sealed class Line(List<PdfWord> words)
    {
        public List<PdfWord> Words { get; private set; } = words;

        public double Left { get; private set; }

        public double Right { get; private set; }

        public double Baseline { get; private set; }

        public double Size { get; private set; }

        public string Text { get; private set; } = string.Empty;

        public void Seal()
        {
            Words.Sort((a, b) => a.Left.CompareTo(b.Left));

            // Some producers fake bold by drawing a word twice, a fraction of a point apart.
            Words = Words.Where((w, i) => i == 0 || w.Text != Words[i - 1].Text || Math.Abs(w.Left - Words[i - 1].Left) > 1).ToList();
            Left = Words[0].Left;
            Right = Words.Max(w => w.Right);
            Baseline = Words.Select(w => w.Baseline).Order().ElementAt(Words.Count / 2);
            Size = Words.Select(w => w.Size).Order().ElementAt(Words.Count / 2);
            Text = string.Join(' ', Words.Select(w => w.Text));
        }

        public Line? Slice(Func<PdfWord, bool> keep)
        {
            var kept = Words.Where(keep).ToList();
            if (kept.Count == 0)
            {
                return null;
            }

            var line = new Line(kept);
            line.Seal();
            return line;
        }

        /// <summary>The horizontal stretches this line leaves empty, including the margins beside it.</summary>
        public List<(double Left, double Right)> FreeIntervals(double xMin, double xMax, double minWidth)
        {
            var free = new List<(double, double)>();
            var cursor = xMin;
            foreach (var word in Words)
            {
                if (word.Left - cursor >= minWidth)
                {
                    free.Add((cursor, word.Left));
                }

                cursor = Math.Max(cursor, word.Right);
            }

            if (xMax - cursor >= minWidth)
            {
                free.Add((cursor, xMax));
            }

            return free;
        }
    }
}
