using LangSon.Notify.Understanding.Directory;
using LangSon.Notify.Understanding.Parsing;

namespace LangSon.Notify.Understanding.Resolution;

/// <summary>Finds, for each recipient, the tasks and paragraphs that concern it and why.</summary>
internal sealed class ExcerptBuilder(MentionMatcher matcher, ParsedNotice notice)
{
    /// <param name="Label">The task label; null for a paragraph outside numbered tasks.</param>
    private sealed record Passage(int Order, string? Label, string? Section, string Text, IReadOnlyList<TaskAgency> Agencies);

    private sealed record Hit(ExcerptReason Reason, AgencyRole? Role, string Why);

    public Dictionary<string, IReadOnlyList<Excerpt>> Build(HashSet<string> recipients)
    {
        var passages = Passages();
        var hits = new Dictionary<string, Dictionary<int, Hit>>(StringComparer.Ordinal);
        var general = new List<Passage>();

        void Record(string entryId, Passage passage, Hit hit)
        {
            if (!recipients.Contains(entryId))
            {
                return;
            }

            if (!hits.TryGetValue(entryId, out var byPassage))
            {
                hits[entryId] = byPassage = [];
            }

            if (!byPassage.TryGetValue(passage.Order, out var best) || hit.Reason < best.Reason)
            {
                byPassage[passage.Order] = hit;
            }
        }

        foreach (var passage in passages)
        {
            var isGeneral = false;
            foreach (var agency in passage.Agencies)
            {
                var (targets, _) = matcher.Match(agency.Mention, preferGroup: false);
                foreach (var target in targets)
                {
                    isGeneral |= target.Group is { General: true };
                    var hit = RoleHit(agency, target);
                    foreach (var entry in NoticeResolver.Expand([target], matcher.Index.Directory).Entries)
                    {
                        Record(entry.Id, passage, hit);
                    }
                }
            }

            foreach (var (target, _) in matcher.Index.Scan(passage.Text))
            {
                isGeneral |= target.Group is { General: true };
                var hit = target.Group is { } group
                    ? new Hit(group.General ? ExcerptReason.General : ExcerptReason.Group, null, GroupWhy(group))
                    : new Hit(ExcerptReason.Named, null, $"được nêu tên: {target.Entry!.Name}");
                foreach (var entry in NoticeResolver.Expand([target], matcher.Index.Directory).Entries)
                {
                    Record(entry.Id, passage, hit);
                }
            }

            foreach (var (entry, field) in matcher.Index.MatchFields(passage.Text))
            {
                Record(entry.Id, passage, new Hit(ExcerptReason.Field, null, $"thuộc lĩnh vực phụ trách: {field}"));
            }

            if (isGeneral)
            {
                general.Add(passage);
            }
        }

        // Nothing names everyone: the closing part of the notice stands for its general conclusions.
        if (general.Count == 0 && passages.Count > 0)
        {
            general.AddRange(passages.Where(p => p.Label is null && p.Section == passages[^1].Section).DefaultIfEmpty(passages[^1]).OfType<Passage>());
        }

        var result = new Dictionary<string, IReadOnlyList<Excerpt>>(StringComparer.Ordinal);
        foreach (var id in recipients)
        {
            if (hits.TryGetValue(id, out var byPassage) && byPassage.Values.Any(h => h.Reason != ExcerptReason.General))
            {
                result[id] = byPassage
                    .OrderBy(kv => kv.Value.Reason).ThenBy(kv => kv.Key)
                    .Select(kv => Make(passages[kv.Key], kv.Value))
                    .ToList();
            }
            else
            {
                result[id] = general
                    .Select(p => Make(p, new Hit(ExcerptReason.General, null, "kết luận chung của thông báo")))
                    .ToList();
            }
        }

        return result;
    }

    private static Excerpt Make(Passage passage, Hit hit) => new(passage.Label, passage.Text, hit.Reason, hit.Role, hit.Why);

    private static Hit RoleHit(TaskAgency agency, NameTarget target)
    {
        var via = target.Group is { } g ? $" ({GroupName(g)})" : "";
        return agency.Role switch
        {
            AgencyRole.Lead => new Hit(ExcerptReason.Lead, AgencyRole.Lead, $"chủ trì{via}"),
            AgencyRole.Coordinator => new Hit(ExcerptReason.Coordinator, AgencyRole.Coordinator, $"phối hợp{via}"),
            _ when target.Group is { } group => new Hit(group.General ? ExcerptReason.General : ExcerptReason.Group, agency.Role, GroupWhy(group)),
            _ => new Hit(ExcerptReason.Named, agency.Role, agency.Role == AgencyRole.Executor ? "được giao thực hiện" : $"được nêu tên: {target.Entry!.Name}"),
        };
    }

    private static string GroupName(DirectoryGroup group) =>
        group.Name.StartsWith("Các ", StringComparison.Ordinal) ? "nhóm c" + group.Name[1..] : "nhóm " + group.Name;

    private static string GroupWhy(DirectoryGroup group) =>
        group.General ? $"giao chung cho {group.Name.ToLowerInvariant()}" : $"thuộc {GroupName(group)}";

    /// <summary>The numbered tasks, then the paragraphs no task covers (from the first section holding a task on).</summary>
    private List<Passage> Passages()
    {
        var passages = new List<Passage>();
        foreach (var task in notice.Tasks)
        {
            var own = OwnText(task);
            if (own.Length > 0)
            {
                passages.Add(new Passage(passages.Count, task.Label, task.Section, own, task.Agencies));
            }
        }

        var firstTaskSection = notice.Tasks.Count == 0
            ? 0
            : notice.Sections.Select((s, i) => (s, i)).FirstOrDefault(x => x.s.Label is not null && notice.Tasks.Any(t => t.Section == x.s.Label), (null!, 0)).Item2;
        for (var i = firstTaskSection; i < notice.Sections.Count; i++)
        {
            var section = notice.Sections[i];
            foreach (var paragraph in section.Paragraphs)
            {
                var text = paragraph.Trim();
                if (text.Length == 0 || notice.Tasks.Any(t => t.Text.Contains(text, StringComparison.Ordinal)))
                {
                    continue;
                }

                passages.Add(new Passage(passages.Count, null, section.Label, text, []));
            }
        }

        return passages;
    }

    /// <summary>
    /// A task's text without the tasks nested in it ("3." holds "(1)"–"(12)"), so that a parent passes on only its
    /// own lines and a recipient named in "(7)" is not sent the whole of section 3 as well.
    /// </summary>
    private string OwnText(NoticeTask task)
    {
        var own = task.Text;
        foreach (var child in notice.Tasks)
        {
            // A child with no text of its own ("a)" alone on a line) has nothing to take out; Replace rejects an empty value.
            if (ReferenceEquals(child, task) || string.IsNullOrWhiteSpace(child.Text) || child.Text.Length >= task.Text.Length
                || !own.Contains(child.Text, StringComparison.Ordinal))
            {
                continue;
            }

            var labelled = $"{child.Label} {child.Text}";
            own = own.Contains(labelled, StringComparison.Ordinal)
                ? own.Replace(labelled, " ", StringComparison.Ordinal)
                : own.Replace(child.Text, " ", StringComparison.Ordinal);
        }

        return own == task.Text ? own : string.Join(' ', own.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim();
    }
}
