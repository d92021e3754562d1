using System.Text.RegularExpressions;
using LangSon.Notify.Understanding.Directory;
using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Resolution;

/// <summary>Finds, for each recipient, the tasks and paragraphs that concern it and why.</summary>
internal sealed partial class ExcerptBuilder(MentionMatcher matcher, ParsedNotice notice)
{
    /// <summary>An item longer than this many words is cut to the sentences that concern the recipient.</summary>
    internal const int LongItemWords = 90;

    /// <summary>A "có thể liên quan" line shows at most this many words of its item.</summary>
    internal const int RelatedLineWords = 18;

    /// <param name="Label">The task label; null for a paragraph outside numbered tasks.</param>
    /// <param name="Heading">The section heading, for a paragraph outside numbered tasks.</param>
    private sealed record Passage(int Order, string? Label, string? Section, string Text, IReadOnlyList<TaskAgency> Agencies, DateOnly? DueDate, string? Heading);

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
                Record(entry.Id, passage, new Hit(ExcerptReason.Field, null, $"có thể liên quan, lĩnh vực: {field}"));
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

        var sentences = new Dictionary<int, IReadOnlyList<Sentence>>();
        var result = new Dictionary<string, IReadOnlyList<Excerpt>>(StringComparer.Ordinal);
        foreach (var id in recipients)
        {
            var chosen = hits.TryGetValue(id, out var byPassage)
                ? byPassage.Where(kv => kv.Value.Reason != ExcerptReason.General).Select(kv => (Passage: passages[kv.Key], Hit: kv.Value)).ToList()
                : [];

            // With nothing of its own but a field match, the recipient still reads the general conclusions.
            if (chosen.All(c => c.Hit.Reason == ExcerptReason.Field))
            {
                chosen.AddRange(general
                    .Where(p => chosen.All(c => c.Passage.Order != p.Order))
                    .Select(p => (Passage: p, Hit: new Hit(ExcerptReason.General, null, "kết luận chung của thông báo"))));
            }

            result[id] = chosen
                .OrderBy(c => c.Hit.Reason).ThenBy(c => c.Passage.DueDate ?? DateOnly.MaxValue).ThenBy(c => c.Passage.Order)
                .Select(c => Make(id, c.Passage, c.Hit, sentences))
                .ToList();
        }

        return result;
    }

    /// <summary>One sentence of an item with the entries it names (directly, through a group, or as the task's lead or partner).</summary>
    private sealed record Sentence(string Text, HashSet<string> Names, bool General);

    private Excerpt Make(string id, Passage passage, Hit hit, Dictionary<int, IReadOnlyList<Sentence>> cache)
    {
        if (hit.Reason == ExcerptReason.Field)
        {
            // A field match alone is a pointer, not a passage: the item's heading or first words.
            return new Excerpt(passage.Label, Shorten(passage.Heading ?? FirstSentence(passage.Text), RelatedLineWords), hit.Reason, hit.Role, hit.Why);
        }

        if (WordCount(passage.Text) <= LongItemWords)
        {
            return new Excerpt(passage.Label, passage.Text, hit.Reason, hit.Role, hit.Why);
        }

        if (!cache.TryGetValue(passage.Order, out var split))
        {
            cache[passage.Order] = split = Split(passage);
        }

        var keep = new List<int> { 0 };
        var words = WordCount(split[0].Text);
        for (var i = 1; i < split.Count; i++)
        {
            if (split[i].Names.Contains(id))
            {
                keep.Add(i);
            }
            else if (hit.Reason == ExcerptReason.General && split[i].General && words < LongItemWords)
            {
                // General conclusions are for information: their first lines only.
                keep.Add(i);
                words += WordCount(split[i].Text);
            }
        }

        var parts = new List<string>();
        for (var k = 0; k < keep.Count; k++)
        {
            if (k > 0 && keep[k] != keep[k - 1] + 1)
            {
                parts.Add("[…]");
            }

            parts.Add(split[keep[k]].Text);
        }

        if (keep[^1] != split.Count - 1)
        {
            parts.Add("[…]");
        }

        var text = passage.Heading is { } heading ? heading + "\n" + string.Join(' ', parts) : string.Join(' ', parts);
        return new Excerpt(passage.Label, text, hit.Reason, hit.Role, hit.Why);
    }

    private IReadOnlyList<Sentence> Split(Passage passage)
    {
        var result = new List<Sentence>();
        foreach (var text in SentenceEnd().Split(passage.Text).Select(t => t.Trim()).Where(t => t.Length > 0))
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            var general = false;
            foreach (var agency in passage.Agencies.Where(a => text.Contains(a.Mention, StringComparison.OrdinalIgnoreCase)))
            {
                var (targets, _) = matcher.Match(agency.Mention, preferGroup: false);
                general |= targets.Any(t => t.Group is { General: true });
                names.UnionWith(NoticeResolver.Expand(targets, matcher.Index.Directory).Entries.Select(e => e.Id));
            }

            foreach (var (target, _) in matcher.Index.Scan(text))
            {
                general |= target.Group is { General: true };
                names.UnionWith(NoticeResolver.Expand([target], matcher.Index.Directory).Entries.Select(e => e.Id));
            }

            result.Add(new Sentence(text, names, general));
        }

        return result;
    }

    private static string FirstSentence(string text) => SentenceEnd().Split(text.Trim(), 2)[0].Trim();

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Shorten(string text, int words)
    {
        var all = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return all.Length <= words ? string.Join(' ', all) : string.Join(' ', all.Take(words)).TrimEnd(',', ';', ':') + " …";
    }

    /// <summary>After ".", "!", "?" or ";" and a space, before a capital or an opening mark; or at a line break.</summary>
    [GeneratedRegex(@"(?<=[.!?;:])\s+(?=[\p{Lu}\d(“""\-–])|\n+", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex SentenceEnd();

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
            // Descriptive items (results, difficulties, background) ask nothing of anyone: never an excerpt.
            if (task.Kind == TaskKind.Descriptive || SectionOf(task.Section)?.Kind == TaskKind.Descriptive)
            {
                continue;
            }

            var own = OwnText(task);
            if (own.Length > 0)
            {
                passages.Add(new Passage(passages.Count, task.Label, task.Section, own, task.Agencies, task.DueDate, null));
            }
        }

        var firstTaskSection = notice.Tasks.Count == 0
            ? 0
            : notice.Sections.Select((s, i) => (s, i)).FirstOrDefault(x => x.s.Label is not null && notice.Tasks.Any(t => t.Section == x.s.Label), (null!, 0)).Item2;
        for (var i = firstTaskSection; i < notice.Sections.Count; i++)
        {
            var section = notice.Sections[i];
            if (section.Kind == TaskKind.Descriptive)
            {
                continue;
            }

            foreach (var paragraph in section.Paragraphs)
            {
                var text = paragraph.Trim();
                if (text.Length == 0 || notice.Tasks.Any(t => t.Text.Contains(text, StringComparison.Ordinal)))
                {
                    continue;
                }

                passages.Add(new Passage(passages.Count, null, section.Label, text, [], null, section.Heading));
            }
        }

        return passages;
    }

    private NoticeSection? SectionOf(string? label) =>
        label is null ? null : notice.Sections.FirstOrDefault(s => s.Label == label);

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
