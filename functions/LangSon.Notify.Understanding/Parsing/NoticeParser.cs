using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Parsing;

/// <summary>Parses a notice laid out per Nghị định 30/2020/NĐ-CP, tolerating web and OCR copies.</summary>
internal sealed class NoticeParser : INoticeParser
{
    public ParsedNotice Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = LineCleaner.Clean(text);
        var header = HeaderReader.Read(lines);
        var warnings = new List<ParseWarning>(header.Warnings);

        var block = RecipientBlockReader.Find(lines, header.BodyStart) ?? RecipientBlockReader.Find(lines, 0);
        var signatureFrom = block is not null ? Math.Max(header.BodyStart, block.Start - 12) : Math.Max(header.BodyStart, lines.Count * 2 / 5);
        var (signer, signatureLines) = SignatureReader.Read(lines, signatureFrom, block?.SignatureText ?? []);
        if (signer is null)
        {
            warnings.Add(new ParseWarning("signature-missing", "No signature block (TM./KT./TL. with a position and a name) was found."));
        }

        var issuer = header.Metadata.Issuer;
        var partyCommittee = issuer is not null && issuer.Contains("thành phố", StringComparison.OrdinalIgnoreCase) ? "Thành ủy" : "Tỉnh ủy";

        var body = new List<(int Line, string Text)>();
        for (var i = header.BodyStart; i < lines.Count; i++)
        {
            if (lines[i].Length == 0 || signatureLines.Contains(i) || block is not null && i >= block.Start && i < block.End)
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

            body.Add((i, lines[i]));
        }

        var (items, sections) = TaskReader.Read(body, AgencyExtractor.StartsWithAgency);
        var tasks = items.Select(item => ToTask(item, partyCommittee)).ToList();

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
            Sections = sections,
            Tasks = tasks,
            RecipientLines = recipientLines,
            Recipients = recipients,
            Archive = block?.Archive ?? [],
            Warnings = warnings,
        };
    }

    private static NoticeTask ToTask(TaskReader.Item item, string partyCommittee)
    {
        var agencies = AgencyExtractor.HasRoleLines(item.Text) ? AgencyExtractor.Extract(item.Text, partyCommittee) : AgencyExtractor.Extract(item.OwnText, partyCommittee);
        if (agencies.Count == 0 && item.Text.Length > item.OwnText.Length)
        {
            agencies = AgencyExtractor.Extract(item.Text, partyCommittee);
        }

        var text = item.Text.Replace('\n', ' ');
        return new NoticeTask(item.Label, item.Section, text, DeadlineExtractor.Find(item.Text), agencies);
    }

    // "Bộ trưởng" alone in Nơi nhận means the issuer's own; an issuer read from a header is in sentence case.
    private static string? IssuerForPositions(string? issuer) =>
        issuer is null ? null : VietnameseText.IsUpper(issuer) ? VietnameseText.ToSentenceCase(issuer) : issuer;
}
