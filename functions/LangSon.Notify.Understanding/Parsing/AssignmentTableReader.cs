using System.Text.RegularExpressions;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Parsing;

/// <summary>
/// Reads assignment tables ("STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn"), as text extracted from
/// Word or a web page gives them: one row a line, cells joined by " | ", a row sometimes wrapped over two lines.
/// </summary>
internal static partial class AssignmentTableReader
{
    private enum Column
    {
        Other,
        Label,
        Task,
        Lead,
        Executor,
        Coordinator,
        Monitor,
        Deadline,
    }

    [GeneratedRegex(@"^(?:STT|TT|Số TT|Số thứ tự)$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex LabelHeader();

    [GeneratedRegex(@"^(?:Nhiệm vụ|Nội dung|Tên nhiệm vụ|Công việc|Nội dung công việc|Nhiệm vụ, giải pháp|Tên văn bản|Tên đề án|Nội dung nhiệm vụ)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex TaskHeader();

    [GeneratedRegex(@"chủ trì", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex LeadHeader();

    [GeneratedRegex(@"phối hợp|cho ý kiến", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex CoordinatorHeader();

    [GeneratedRegex(@"^(?:Trách nhiệm|Đơn vị thực hiện|Cơ quan thực hiện|Cơ quan, đơn vị thực hiện|Đơn vị|Cơ quan)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ExecutorHeader();

    [GeneratedRegex(@"theo dõi|đôn đốc|kiểm tra", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex MonitorHeader();

    [GeneratedRegex(@"^(?:Thời gian|Thời hạn|Tiến độ|Thời điểm)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex DeadlineHeader();

    [GeneratedRegex(@"^(?<n>\d{1,3}(?:\.\d{1,2})*|[IVX]{1,5}|[a-zđ])\s*[.)]?$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex RowLabel();

    [GeneratedRegex(@"^[\s|:\-]+$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Separator();

    /// <summary>One table row as a task.</summary>
    public sealed record Row(string Label, string? Section, string Text, string? Deadline, IReadOnlyList<(string Cell, AgencyRole Role)> Agencies, IReadOnlyList<string> Cells);

    /// <param name="HeaderLines">The header's cells as the line cleaner gives them, to find the table among the cleaned lines.</param>
    /// <param name="CleanedLines">How many cleaned lines the table spans: the cleaner gives each cell a line of its own.</param>
    public sealed record Table(IReadOnlyList<Row> Rows, IReadOnlyList<string> HeaderLines, int CleanedLines)
    {
        /// <summary>Where the table starts among the cleaned lines, searching from <paramref name="from"/>; -1 when it cannot be placed.</summary>
        public int FindIn(IReadOnlyList<string> cleaned, int from)
        {
            for (var h = Math.Max(0, from); h + CleanedLines <= cleaned.Count; h++)
            {
                var k = 0;
                while (k < HeaderLines.Count && cleaned[h + k] == HeaderLines[k])
                {
                    k++;
                }

                if (k == HeaderLines.Count)
                {
                    return h;
                }
            }

            return -1;
        }
    }

    public static IReadOnlyList<Table> Read(string rawText)
    {
        var lines = rawText.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var tables = new List<Table>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].Contains('|', StringComparison.Ordinal))
            {
                continue;
            }

            var header = Cells(lines[i]);
            var columns = Classify(header);
            if (!columns.Contains(Column.Task) || !columns.Any(c => c is Column.Lead or Column.Executor or Column.Coordinator))
            {
                continue;
            }

            // A header wrapped over two lines ("Trách nhiệm" / "thực hiện | Thời gian").
            var next = i + 1;
            if (next < lines.Length && lines[next].Contains('|', StringComparison.Ordinal) && Cells(lines[next]) is { Count: > 0 } more
                && !RowLabel().IsMatch(more[0]) && more[0].Length > 0 && !Separator().IsMatch(lines[next]))
            {
                header[^1] = header[^1] + " " + more[0];
                header.AddRange(more.Skip(1));
                columns = Classify(header);
                next++;
            }

            var (rows, end) = ReadRows(lines, next, columns);
            if (rows.Count > 0)
            {
                var cleaned = lines.Skip(i).Take(end - i).Sum(l => l.Split('|').Length);
                tables.Add(new Table(rows, LineCleaner.Clean(lines[i]), cleaned));
            }

            i = end - 1;
        }

        return tables;
    }

    private static (List<Row> Rows, int End) ReadRows(string[] lines, int start, Column[] columns)
    {
        var rows = new List<List<string>>();
        var labelColumn = Array.IndexOf(columns, Column.Label);
        var i = start;
        var blanks = 0;
        for (; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0)
            {
                if (++blanks > 2)
                {
                    break;
                }

                continue;
            }

            blanks = 0;
            if (Separator().IsMatch(line))
            {
                continue;
            }

            if (!line.Contains('|', StringComparison.Ordinal))
            {
                // "(Năm 2026)" under a wrapped header, or a cell's text broken onto a line of its own.
                var following = lines.Skip(i + 1).FirstOrDefault(l => l.Trim().Length > 0);
                if (following is null || !following.Contains('|', StringComparison.Ordinal))
                {
                    break;
                }

                if (rows.Count > 0)
                {
                    rows[^1][^1] = (rows[^1][^1] + " " + LineCleaner.Clean(line).FirstOrDefault()).Trim();
                }

                continue;
            }

            var cells = Cells(line);
            var label = labelColumn >= 0 && labelColumn < cells.Count ? cells[labelColumn] : string.Empty;
            if (rows.Count == 0 || RowLabel().IsMatch(label) || cells.Count >= columns.Length && label.Length == 0 && rows[^1].Count >= columns.Length)
            {
                rows.Add(cells);
                continue;
            }

            // A row wrapped over two lines: its first cell continues the previous row's last one.
            var previous = rows[^1];
            previous[^1] = (previous[^1] + " " + cells[0]).Trim();
            previous.AddRange(cells.Skip(1));
        }

        var result = new List<Row>();
        string? section = null;
        foreach (var cells in rows)
        {
            string Cell(Column c)
            {
                var index = Array.IndexOf(columns, c);
                return index >= 0 && index < cells.Count ? cells[index] : string.Empty;
            }

            var label = Cell(Column.Label).TrimEnd('.', ')');
            var task = Cell(Column.Task);
            var agencyCells = columns.Select((c, index) => (c, index))
                .Where(x => x.c is Column.Lead or Column.Executor or Column.Coordinator or Column.Monitor && x.index < cells.Count && cells[x.index].Length > 0)
                .Select(x => (cells[x.index], x.c switch { Column.Lead => AgencyRole.Lead, Column.Executor => AgencyRole.Executor, Column.Coordinator => AgencyRole.Coordinator, _ => AgencyRole.Mentioned }))
                .ToList();
            if (task.Length == 0)
            {
                continue;
            }

            // "I | Cải cách thể chế |  |  |": a heading row opens a section of the table.
            if (agencyCells.Count == 0 && Regex.IsMatch(label, "^[IVX]{1,5}$", RegexOptions.None, RegexBudget.MatchTimeout))
            {
                section = label + ".";
                continue;
            }

            var deadline = Cell(Column.Deadline);
            result.Add(new Row(label.Length == 0 ? "-" : label + ".", section, task, deadline.Length == 0 ? null : deadline, agencyCells, cells));
        }

        // The table ends after its last row, not at the blank lines that follow.
        while (i > start && lines[i - 1].Trim().Length == 0)
        {
            i--;
        }

        return (result, i);
    }

    private static List<string> Cells(string line)
    {
        // A row number is kept as printed: the cleaner drops short numbers on their own as page numbers.
        var cells = line.Split('|')
            .Select(c => RowLabel().IsMatch(c.Trim()) ? c.Trim() : LineCleaner.Clean(c).FirstOrDefault(l => l.Length > 0) ?? string.Empty)
            .ToList();
        // "| a | b |": the outer bars leave empty cells at both ends.
        if (line.TrimStart().StartsWith('|') && cells.Count > 0 && cells[0].Length == 0)
        {
            cells.RemoveAt(0);
        }

        if (line.TrimEnd().EndsWith('|') && cells.Count > 0 && cells[^1].Length == 0)
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return cells;
    }

    private static Column[] Classify(List<string> header)
    {
        var columns = new Column[header.Count];
        for (var c = 0; c < header.Count; c++)
        {
            var cell = header[c];
            columns[c] = cell.Length == 0 ? Column.Other
                : LabelHeader().IsMatch(cell) ? Column.Label
                : TaskHeader().IsMatch(cell) && !columns.Contains(Column.Task) ? Column.Task
                : LeadHeader().IsMatch(cell) ? Column.Lead
                : CoordinatorHeader().IsMatch(cell) ? Column.Coordinator
                : MonitorHeader().IsMatch(cell) ? Column.Monitor
                : DeadlineHeader().IsMatch(cell) ? Column.Deadline
                : ExecutorHeader().IsMatch(cell) ? Column.Executor
                : Column.Other;
        }

        return columns;
    }
}
