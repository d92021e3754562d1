using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Parsing;

/// <summary>Turns labelled items into tasks: their agencies with roles, lead-ins shared with sub-items, deadlines and due dates.</summary>
internal static class TaskAssembler
{
    private const int LeadInWords = 40;

    public static List<NoticeTask> Assemble(IReadOnlyList<TaskReader.Item> items, string partyCommittee, NoticeDate noticeDate)
    {
        var own = items.Select(item => OwnAgencies(item, partyCommittee)).ToList();
        var tasks = new List<NoticeTask>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var agencies = own[i];

            // "1. Sở Nội vụ:" or "Giao Sở X chủ trì …:" over a), b), …: the item stands for what its sub-items ask.
            if (IsLeadIn(item) && item.Text.Length > item.OwnText.Length)
            {
                agencies = Merge(agencies, AgencyExtractor.Extract(item.Text, partyCommittee));
            }

            // "Điều 2. Công ty X có trách nhiệm:" / "1. Chấm dứt …": each sub-item is the lead-in's body's task.
            for (var p = item.Parent; p >= 0; p = items[p].Parent)
            {
                if (IsLeadIn(items[p]))
                {
                    var assigned = own[p].Where(a => a.Role is AgencyRole.Executor or AgencyRole.Lead).ToList();
                    agencies = Merge(agencies, assigned, append: true);
                    break;
                }
            }

            var deadline = DeadlineExtractor.Find(item.Text);
            tasks.Add(new NoticeTask(item.Label, item.Section, item.Text.Replace('\n', ' '), deadline, agencies)
            {
                DueDate = DeadlineExtractor.DueDate(deadline, noticeDate),
                Kind = TaskKindClassifier.Classify(FirstLine(item.OwnText), item.OwnText, agencies, DeadlineExtractor.Find(item.OwnText)),
            });
        }

        return tasks;
    }

    /// <summary>Each row of an assignment table is a task; its agency cells give the roles of their columns.</summary>
    public static IEnumerable<NoticeTask> FromTables(IReadOnlyList<AssignmentTableReader.Table> tables, string partyCommittee, NoticeDate noticeDate)
    {
        foreach (var row in tables.SelectMany(t => t.Rows))
        {
            var agencies = new List<TaskAgency>();
            foreach (var (cell, role) in row.Agencies)
            {
                agencies = Merge(agencies, AgencyExtractor.FromCell(cell, role, partyCommittee), append: true);
            }

            var deadline = row.Deadline ?? DeadlineExtractor.Find(row.Text);
            yield return new NoticeTask(row.Label, row.Section, row.Text, deadline, agencies)
            {
                Kind = TaskKind.Directive, // a row of an assignment table assigns
                DueDate = DeadlineExtractor.DueDate(deadline, noticeDate) ?? DeadlineExtractor.DueDate(DeadlineExtractor.Find(deadline ?? string.Empty), noticeDate),
            };
        }
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? text : text[..end];
    }

    private static List<TaskAgency> OwnAgencies(TaskReader.Item item, string partyCommittee)
    {
        var agencies = AgencyExtractor.HasRoleLines(item.Text) ? AgencyExtractor.Extract(item.Text, partyCommittee) : AgencyExtractor.Extract(item.OwnText, partyCommittee);
        if (IsNameHeading(item))
        {
            // The bodies a heading names are the ones asked to do what follows it.
            agencies = agencies.Select(a => a.Role == AgencyRole.Mentioned ? a with { Role = AgencyRole.Executor } : a).ToList();
        }

        if (agencies.Count == 0 && item.Text.Length > item.OwnText.Length && !IsLeadIn(item))
        {
            agencies = AgencyExtractor.Extract(item.Text, partyCommittee);
        }

        return agencies;
    }

    /// <summary>
    /// A short item whose own text ends in a colon introduces the sub-items that follow it ("Sở Nội vụ:", "Công ty X có
    /// trách nhiệm:"); a long preface that happens to end in a colon does not assign them.
    /// </summary>
    private static bool IsLeadIn(TaskReader.Item item)
    {
        var own = item.OwnText.TrimEnd();
        return own.EndsWith(':') && own.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length <= LeadInWords || IsNameHeading(item);
    }

    /// <summary>"6. Báo và Phát thanh, Truyền hình tỉnh" over its a), b): an item that is only names, without a colon.</summary>
    private static bool IsNameHeading(TaskReader.Item item) =>
        item.Text.Length > item.OwnText.Length && !item.OwnText.Trim().Contains('\n') && AgencyExtractor.IsNamesOnly(item.OwnText);

    private static List<TaskAgency> Merge(List<TaskAgency> first, IReadOnlyList<TaskAgency> second, bool append = false)
    {
        var result = append ? new List<TaskAgency>(first) : [];
        var source = append ? second : first.Concat(second);
        foreach (var agency in source)
        {
            var key = VietnameseText.Fold(agency.Mention);
            var existing = result.FindIndex(a => VietnameseText.Fold(a.Mention) == key);
            if (existing < 0)
            {
                result.Add(agency);
            }
            else if (agency.Role > result[existing].Role)
            {
                result[existing] = result[existing] with { Role = agency.Role };
            }
        }

        return result;
    }
}
