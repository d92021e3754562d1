using System.Text.RegularExpressions;
using LangSon.Notify.Understanding.Parsing;

namespace LangSon.Notify.TestHost.StandIns;

/// <summary>A crude parser: number line, title after the type line, top-level numbered tasks, and the Nơi nhận lines.</summary>
internal sealed partial class ParserStandIn : INoticeParser
{
    public ParsedNotice Parse(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim().Trim('*').Trim()).ToList();
        var numberLine = lines.FirstOrDefault(l => l.StartsWith("Số:", StringComparison.Ordinal));
        var symbol = numberLine is null ? null : NumberPattern().Match(numberLine) is { Success: true } m ? m.Groups["symbol"].Value : null;
        var number = numberLine is null ? null : NumberPattern().Match(numberLine) is { Success: true, Groups: var g } && g["n"].Value.Length > 0 ? $"{g["n"].Value}/{g["symbol"].Value}" : null;
        var typeIndex = lines.FindIndex(l => l is "THÔNG BÁO" or "CÔNG VĂN" or "KẾ HOẠCH" or "QUYẾT ĐỊNH");
        var title = typeIndex >= 0 ? lines.Skip(typeIndex + 1).FirstOrDefault(l => l.Length > 0) : null;

        var tasks = new List<NoticeTask>();
        var noiNhan = lines.FindIndex(l => l.StartsWith("Nơi nhận", StringComparison.Ordinal));
        var body = noiNhan >= 0 ? lines.Take(noiNhan).ToList() : lines;
        for (var i = 0; i < body.Count; i++)
        {
            if (TaskPattern().Match(body[i]) is { Success: true } task)
            {
                var paragraphs = body.Skip(i + 1).TakeWhile(l => !TaskPattern().IsMatch(l)).Where(l => l.Length > 0).Take(3);
                tasks.Add(new NoticeTask(task.Groups["label"].Value, null, string.Join('\n', new[] { task.Groups["text"].Value }.Concat(paragraphs)), null, []));
            }
        }

        var recipientLines = noiNhan < 0 ? [] : lines.Skip(noiNhan + 1).TakeWhile(l => !l.StartsWith("TL.", StringComparison.Ordinal) && !l.StartsWith("KT.", StringComparison.Ordinal) && !l.StartsWith("TM.", StringComparison.Ordinal)).Where(l => l.StartsWith('-')).ToList();
        var recipients = recipientLines
            .Select((l, i) => (Line: i, Text: l.TrimStart('-', ' ').TrimEnd(';', '.', ' ')))
            .Where(r => !r.Text.StartsWith("Lưu", StringComparison.Ordinal) && r.Text.Length > 0)
            .Select(r => new RecipientMention(r.Line, r.Text, r.Text, r.Text.StartsWith("Các", StringComparison.Ordinal), null))
            .ToList();

        return new ParsedNotice
        {
            Document = new NoticeMetadata { Type = typeIndex >= 0 ? "Thông báo" : null, Number = number, Symbol = symbol, Title = title },
            Tasks = tasks,
            RecipientLines = recipientLines,
            Recipients = recipients,
        };
    }

    [GeneratedRegex(@"^Số:\s*(?<n>\d*)\s*/(?<symbol>\S+)")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(?<label>\d+)\.\s+(?<text>.+)$")]
    private static partial Regex TaskPattern();
}
