using System.Text.RegularExpressions;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Parsing;

/// <summary>Parses a notice laid out per Nghị định 30/2020/NĐ-CP, tolerating web and OCR copies.</summary>
internal sealed partial class NoticeParser : INoticeParser
{
    // A crawler's copy prefixes each article with the document's name: "Quyết định 12/QĐ-UBND năm 2026. Điều 3.".
    [GeneratedRegex(@"^(?:Quyết định|Thông báo|Kế hoạch|Chỉ thị|Công văn|Nghị quyết|Thông tư|Nghị định)\s+\d+/[\p{L}\d\-]+\s+năm\s+\d{4}\.\s+(?=Điều\s+\d)", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex WebArticlePrefix();

    public ParsedNotice Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = LineCleaner.Clean(text);
        var header = HeaderReader.Read(lines, Header.StampReader.Read(text));
        var warnings = new List<ParseWarning>(header.Warnings);

        var block = RecipientBlockReader.Find(lines, header.BodyStart) ?? RecipientBlockReader.Find(lines, 0);
        var signatureFrom = block is not null ? Math.Max(header.BodyStart, block.Start - 12) : Math.Max(header.BodyStart, lines.Count * 2 / 5);
        var (signer, signatureLines) = SignatureReader.Read(lines, signatureFrom, block?.SignatureText ?? [], block?.End ?? -1);
        if (signer is null)
        {
            warnings.Add(new ParseWarning("signature-missing", "No signature block (TM./KT./TL. with a position and a name) was found."));
        }

        var issuer = header.Metadata.Issuer;
        var partyCommittee = issuer is not null && issuer.Contains("thành phố", StringComparison.OrdinalIgnoreCase) ? "Thành ủy" : "Tỉnh ủy";

        var tables = AssignmentTableReader.Read(text);
        var tableLines = TableLines(lines, tables, header.BodyStart);
        var body = new List<(int Line, string Text)>();
        for (var i = header.BodyStart; i < lines.Count; i++)
        {
            if (lines[i].Length == 0 || signatureLines.Contains(i) || tableLines.Contains(i) || block is not null && i >= block.Start && i < block.End)
            {
                continue;
            }

            // A bullet broken across lines ("- Đơn vị phối hợp: Văn phòng Bộ, Vụ Tổ chức" / "- cán bộ, …") is one line.
            if (body.Count > 0 && lines[i].StartsWith("- ", StringComparison.Ordinal) && lines[i].Length > 2 && char.IsLower(lines[i][2])
                && !body[^1].Text.EndsWith('.') && !body[^1].Text.EndsWith(';') && !body[^1].Text.EndsWith(':'))
            {
                body[^1] = (body[^1].Line, body[^1].Text + " " + lines[i][2..]);
                continue;
            }

            body.Add((i, WebArticlePrefix().Replace(lines[i], string.Empty)));
        }

        var (items, sections) = TaskReader.Read(body, AgencyExtractor.StartsWithAgency);
        var tasks = TaskAssembler.Assemble(items, partyCommittee, header.Metadata.Date);
        tasks.AddRange(TaskAssembler.FromTables(tables, partyCommittee, header.Metadata.Date));

        var recipients = new List<RecipientMention>();
        var recipientLines = block?.Lines ?? [];
        for (var l = 0; l < recipientLines.Count; l++)
        {
            if (l == block!.ArchiveLineIndex)
            {
                continue;
            }

            // A postal address printed under a recipient is not one.
            if (MentionDoubt.IsAddressLine(recipientLines[l]))
            {
                warnings.Add(new ParseWarning("address-line", $"The Nơi nhận line \"{recipientLines[l].Trim()}\" is a postal address; it was not read as a recipient."));
                continue;
            }

            recipients.AddRange(MentionSplitter.Split(l, recipientLines[l], partyCommittee, IssuerForPositions(issuer)));
        }

        if (block is null)
        {
            warnings.Add(new ParseWarning("no-noi-nhan", "The notice has no \"Nơi nhận\" block; no recipients were read."));
        }
        else if (block.ArchiveLineIndex < 0)
        {
            warnings.Add(new ParseWarning("no-archive", "The Nơi nhận block has no \"Lưu:\" line."));
        }

        return new ParsedNotice
        {
            Document = header.Metadata with { Signer = signer },
            Addressees = header.Addressees,
            Participants = ParticipantReader.Read(lines, header.BodyStart, block?.Start ?? lines.Count),
            Sections = sections.Select(s => s with { Kind = TaskKindClassifier.Classify(s.Heading, string.Join('\n', s.Paragraphs), [], null) }).ToList(),
            Tasks = tasks,
            RecipientLines = recipientLines,
            Recipients = recipients,
            Archive = block?.Archive ?? [],
            Warnings = warnings,
        };
    }

    /// <summary>The cleaned lines a table's cells became; they are read as rows, not as body paragraphs.</summary>
    private static HashSet<int> TableLines(IReadOnlyList<string> lines, IReadOnlyList<AssignmentTableReader.Table> tables, int from)
    {
        var result = new HashSet<int>();
        var next = from;
        foreach (var table in tables)
        {
            var start = table.FindIn(lines, next);
            if (start < 0)
            {
                continue;
            }

            for (var i = start; i < start + table.CleanedLines; i++)
            {
                result.Add(i);
            }

            next = start + table.CleanedLines;
        }

        return result;
    }

    // "Bộ trưởng" alone in Nơi nhận means the issuer's own; an issuer read from a header is in sentence case.
    private static string? IssuerForPositions(string? issuer) =>
        issuer is null ? null : VietnameseText.IsUpper(issuer) ? VietnameseText.ToSentenceCase(issuer) : issuer;
}
