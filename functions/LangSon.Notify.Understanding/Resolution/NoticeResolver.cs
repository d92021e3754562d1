using System.Text.RegularExpressions;
using LangSon.Notify.Understanding.Directory;
using LangSon.Notify.Understanding.Parsing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Resolution;

/// <summary>Resolves a notice's Nơi nhận against the directory in force on its date and builds each recipient's excerpts.</summary>
internal sealed partial class NoticeResolver : INoticeResolver
{
    private const int CandidateCount = 3;
    private readonly DirectoryCatalog _catalog;
    private readonly Dictionary<AgencyDirectory, DirectoryIndex> _indexes;
    private readonly ILogger<NoticeResolver> _logger;

    public NoticeResolver(DirectoryCatalog catalog, ILogger<NoticeResolver>? logger = null)
    {
        _catalog = catalog;
        _logger = logger ?? NullLogger<NoticeResolver>.Instance;
        _indexes = catalog.Directories.ToDictionary(d => d, d => new DirectoryIndex(d));
    }

    [GeneratedRegex(@"^\s*(?:-\s*)?Lưu\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ArchiveLine();

    public ResolvedNotice Resolve(ParsedNotice notice)
    {
        var selection = _catalog.Select(notice.Document.Date.EffectiveDate());
        var matcher = new MentionMatcher(_indexes[selection.Directory]);
        var warnings = new List<ParseWarning>();
        if (selection.Warning is { } dateWarning)
        {
            warnings.Add(dateWarning);
        }

        var recipients = new Dictionary<string, (DirectoryEntry Entry, List<RecipientMention> Sources)>(StringComparer.Ordinal);
        var order = new List<string>();
        var unresolved = new List<UnresolvedMention>();
        var lineResolved = new SortedDictionary<int, bool>();

        foreach (var mention in notice.Recipients)
        {
            if (IsArchive(notice, mention))
            {
                continue;
            }

            lineResolved.TryAdd(mention.Line, false);
            var (entries, failures) = ResolveMention(mention, notice, matcher);
            if (entries.Count == 0 && failures.Count == 0)
            {
                // Nothing matched and nothing was left over (a reference to addressees that name no body): still never dropped.
                failures = [new UnresolvedMention(mention, $"\"{mention.Span.Trim()}\" resolves to no directory entry.", [])];
            }

            var judged = Judge(mention, entries, failures.Count, matcher);
            unresolved.AddRange(failures.Select(f => f with { Mention = judged }));
            foreach (var entry in entries)
            {
                lineResolved[mention.Line] = true;
                if (recipients.TryGetValue(entry.Id, out var known))
                {
                    if (!known.Sources.Contains(judged))
                    {
                        known.Sources.Add(judged);
                    }
                }
                else
                {
                    recipients[entry.Id] = (entry, [judged]);
                    order.Add(entry.Id);
                }
            }
        }

        foreach (var (line, resolved) in lineResolved)
        {
            if (!resolved)
            {
                var printed = line >= 0 && line < notice.RecipientLines.Count ? notice.RecipientLines[line].Trim() : $"#{line}";
                warnings.Add(new ParseWarning("line-unresolved", $"The Nơi nhận line \"{printed}\" resolves to no directory entry."));
            }
        }

        var excerpts = new ExcerptBuilder(matcher, notice).Build(recipients.Keys.ToHashSet(StringComparer.Ordinal));
        warnings.AddRange(AssignmentWarnings(notice, matcher, recipients.Keys.ToHashSet(StringComparer.Ordinal)));

        Log.Resolved(_logger, notice.Document.Number ?? notice.Document.Symbol, selection.Directory.EffectiveFrom, recipients.Count, unresolved.Count, warnings.Count);
        return new ResolvedNotice
        {
            Notice = notice,
            DirectoryEffective = selection.Directory.EffectiveFrom,
            Recipients = order.Select(id => new ResolvedRecipient(
                recipients[id].Entry,
                recipients[id].Sources,
                excerpts.TryGetValue(id, out var list) ? list : [])).ToList(),
            Unresolved = unresolved,
            Warnings = warnings,
        };
    }

    // Doubts of the parser that a directory name printed the same way settles.
    private static readonly string[] SettledByDirectory = ["unknown-abbreviation:", "not-in-lexicon:", "several-candidates:"];

    /// <summary>
    /// The mention as the directory sees it: doubtful when it matches nothing or several entries that are not a group,
    /// and no longer doubtful when its only doubt was the lexicon's and the directory knows the name exactly as printed.
    /// </summary>
    private static RecipientMention Judge(RecipientMention mention, IReadOnlyList<DirectoryEntry> entries, int failures, MentionMatcher matcher)
    {
        if (mention.Reference is not null)
        {
            return failures > 0 ? AddDoubt(mention, "reference-unresolved") : mention;
        }

        if (failures > 0)
        {
            return AddDoubt(mention, "not-in-directory");
        }

        var doubts = mention.DoubtReasons ?? [];
        if (doubts.Count > 0 && entries.Count == 1 && doubts.All(d => SettledByDirectory.Any(p => d.StartsWith(p, StringComparison.Ordinal)))
            && (matcher.Index.Exact(NameKey.Of(mention.Mention)).Count == 1 || matcher.Index.Exact(NameKey.Of(mention.Span)).Count == 1))
        {
            return mention with
            {
                DoubtReasons = [],
                Confidence = 0.9,
                Evidence = [.. mention.Evidence ?? [], $"directory: {entries[0].Name}"],
            };
        }

        if (doubts.Count > 0 && entries.Count == 1 && doubts.All(d => SettledByDirectory.Any(p => d.StartsWith(p, StringComparison.Ordinal)))
            && matcher.Acronym(mention.Span.Trim().TrimStart('-').Trim().TrimEnd(';', '.')) is [{ } acronym] && acronym.Id == entries[0].Id)
        {
            return mention with
            {
                DoubtReasons = [],
                Confidence = 0.85,
                Evidence = [.. mention.Evidence ?? [], $"directory initials: {mention.Span.Trim()} = {entries[0].Name}"],
            };
        }

        // "PCT UBND tỉnh (Nguyễn Văn A)": one person, but the directory lists the position's holders without names.
        if (mention.Person is { } person && entries.Count > 1)
        {
            return AddDoubt(mention, $"several-candidates: {person} is one of {string.Join(" | ", entries.Take(3).Select(e => e.Name))}");
        }

        // Several bodies for a name that is not a group: the directory cannot tell which one is meant.
        var direct = matcher.Index.Lookup(mention.Mention, mention.IsGroup);
        if (!mention.IsGroup && direct.Count > 1 && direct.All(t => t.Entry is { Kind: not "position" }))
        {
            return AddDoubt(mention, $"several-candidates: {string.Join(" | ", direct.Take(3).Select(t => t.Name))}");
        }

        return mention;
    }

    private static RecipientMention AddDoubt(RecipientMention mention, string reason)
    {
        var doubts = (mention.DoubtReasons ?? []).Append(reason).Distinct(StringComparer.Ordinal).ToList();
        return mention with { DoubtReasons = doubts, Confidence = Math.Min(mention.Confidence, 0.5) };
    }

    private static bool IsArchive(ParsedNotice notice, RecipientMention mention) =>
        ArchiveLine().IsMatch(mention.Span) || ArchiveLine().IsMatch(mention.Mention)
        || (mention.Line >= 0 && mention.Line < notice.RecipientLines.Count && ArchiveLine().IsMatch(notice.RecipientLines[mention.Line]));

    private static (IReadOnlyList<DirectoryEntry> Entries, IReadOnlyList<UnresolvedMention> Failures) ResolveMention(
        RecipientMention mention, ParsedNotice notice, MentionMatcher matcher)
    {
        if (mention.Reference is { } reference)
        {
            return ResolveReference(mention, reference, notice, matcher);
        }

        var (targets, unmatched) = matcher.Match(mention.Mention, mention.IsGroup);
        if (targets.Count == 0 && unmatched.Count > 0 && mention.Span != mention.Mention)
        {
            // The parser's expansion may be what failed; the text as printed gets a second chance.
            var printed = matcher.Match(mention.Span, mention.IsGroup);
            if (printed.Targets.Count > 0)
            {
                (targets, unmatched) = printed;
            }
        }

        var failures = unmatched.Select(text => Unmatched(mention, text, matcher.Index)).ToList();
        var (entries, gone) = Expand(targets, matcher.Index.Directory);
        failures.AddRange(gone.Select(g => Gone(mention, g)));
        return (entries, failures);
    }

    // The successor is the closest candidate for a name that no longer exists.
    private static UnresolvedMention Gone(RecipientMention mention, (string Reason, string? Successor) gone) =>
        new(mention, gone.Reason, gone.Successor is { } successor ? successor.Split("; ") : [], gone.Successor);

    private static UnresolvedMention Unmatched(RecipientMention mention, string text, DirectoryIndex index)
    {
        var candidates = index.Closest(text, CandidateCount).Select(t => t.Name).ToList();
        var reason = candidates.Count > 0
            ? $"\"{text}\" matches no directory name in force from {index.Directory.EffectiveFrom:dd'/'MM'/'yyyy}; closest: {string.Join("; ", candidates)}."
            : $"\"{text}\" matches no directory name in force from {index.Directory.EffectiveFrom:dd'/'MM'/'yyyy}.";
        return new UnresolvedMention(mention, reason, candidates);
    }

    /// <summary>Entries in force for the targets; abolished ones become reasons naming their successor.</summary>
    internal static (IReadOnlyList<DirectoryEntry> Entries, IReadOnlyList<(string Reason, string? Successor)> Gone) Expand(
        IReadOnlyList<NameTarget> targets, AgencyDirectory directory)
    {
        var entries = new List<DirectoryEntry>();
        var gone = new List<(string, string?)>();
        var distinct = targets.DistinctBy(t => t.Id).ToList();
        foreach (var target in distinct)
        {
            if (target.Entry is { } entry)
            {
                if (!entry.Abolished)
                {
                    entries.Add(entry);
                    continue;
                }

                var successor = entry.Successor is { } id ? directory.FindEntry(id) : null;
                gone.Add((successor is null
                    ? $"{entry.Name} no longer exists in the directory in force from {directory.EffectiveFrom:dd'/'MM'/'yyyy}. {entry.Note}".TrimEnd()
                    : $"{entry.Name} no longer exists in the directory in force from {directory.EffectiveFrom:dd'/'MM'/'yyyy}; its successor is {successor.Name}. {entry.Note}".TrimEnd(),
                    successor?.Name));
                continue;
            }

            var group = target.Group!;
            var members = directory.MembersOf(group.Id);
            var active = members.Where(m => !m.Abolished).ToList();
            if (active.Count > 0)
            {
                entries.AddRange(active);
                continue;
            }

            var successors = members.Select(m => m.Successor).OfType<string>().Distinct(StringComparer.Ordinal)
                .Select(directory.FindEntry).OfType<DirectoryEntry>().Select(e => e.Name).ToList();
            gone.Add(($"The group \"{group.Name}\" has no member in the directory in force from {directory.EffectiveFrom:dd'/'MM'/'yyyy}. {group.Note}".TrimEnd(),
                successors.Count > 0 ? string.Join("; ", successors) : null));
        }

        return (entries.DistinctBy(e => e.Id).ToList(), gone);
    }

    private static (IReadOnlyList<DirectoryEntry>, IReadOnlyList<UnresolvedMention>) ResolveReference(
        RecipientMention mention, MentionReference reference, ParsedNotice notice, MentionMatcher matcher)
    {
        var targets = new List<NameTarget>();
        var failures = new List<UnresolvedMention>();
        if (reference.Article is not { } article)
        {
            var (list, missing) = reference.Participants
                ? (notice.Participants, "\"Như thành phần mời\" refers to the notice's \"Thành phần\" list, but the notice has none.")
                : (notice.Addressees, "\"Như trên\" refers to the Kính gửi addressees, but the notice has none.");
            if (list.Count == 0)
            {
                return ([], [new UnresolvedMention(mention, missing, [])]);
            }

            foreach (var addressee in list)
            {
                var (found, unmatched) = matcher.Match(addressee, preferGroup: false);
                targets.AddRange(found);
                failures.AddRange(unmatched.Select(text => Unmatched(mention, text, matcher.Index)));
            }
        }
        else
        {
            var passages = ArticlePassages(notice, article).ToList();
            if (passages.Count == 0)
            {
                return ([], [new UnresolvedMention(mention, $"\"{mention.Span.Trim()}\" refers to Điều {article}, which the notice does not contain.", [])]);
            }

            foreach (var (text, agencies) in passages)
            {
                // "Như Điều 3" means those the article charges; a body it only names ("báo cáo cho UBND tỉnh") is not one.
                var charged = agencies.Where(a => a.Role != AgencyRole.Mentioned).ToList();
                foreach (var agency in charged.Count > 0 ? charged : agencies)
                {
                    var (found, unmatched) = matcher.Match(agency.Mention, preferGroup: false);
                    targets.AddRange(found);
                    failures.AddRange(unmatched.Select(t => Unmatched(mention, t, matcher.Index)));
                }

                if (agencies.Count == 0)
                {
                    targets.AddRange(matcher.Index.Scan(text).Select(hit => hit.Target));
                }
            }

            if (targets.Count == 0 && failures.Count == 0)
            {
                failures.Add(new UnresolvedMention(mention, $"Điều {article} names no body of the directory.", []));
            }
        }

        var (entries, gone) = Expand(targets, matcher.Index.Directory);
        failures.AddRange(gone.Select(g => Gone(mention, g)));
        return (entries, failures);
    }

    private static IEnumerable<(string Text, IReadOnlyList<TaskAgency> Agencies)> ArticlePassages(ParsedNotice notice, int article)
    {
        var label = new Regex($@"^\s*Điều\s+{article}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);
        var tasks = notice.Tasks.Where(t => label.IsMatch(t.Label)).ToList();
        foreach (var task in tasks)
        {
            yield return (task.Text, task.Agencies);
        }

        if (tasks.Count > 0)
        {
            yield break;
        }

        foreach (var section in notice.Sections)
        {
            if ((section.Label is { } l && label.IsMatch(l)) || (section.Heading is { } h && label.IsMatch(h)))
            {
                yield return (string.Join("\n", section.Paragraphs.Prepend(section.Heading ?? "")), []);
            }
        }
    }

    private static IEnumerable<ParseWarning> AssignmentWarnings(ParsedNotice notice, MentionMatcher matcher, HashSet<string> recipients)
    {
        // A parent task repeats its children's agencies: one warning per agency and role is enough.
        var seen = new HashSet<(string, AgencyRole)>();
        foreach (var task in notice.Tasks)
        {
            foreach (var agency in task.Agencies.Where(a => a.Role is AgencyRole.Lead or AgencyRole.Coordinator))
            {
                if (!seen.Add((NameKey.Of(agency.Mention), agency.Role)))
                {
                    continue;
                }

                var role = agency.Role == AgencyRole.Lead ? "chủ trì" : "phối hợp";
                var (targets, unmatched) = matcher.Match(agency.Mention, preferGroup: false);
                var (entries, gone) = Expand(targets, matcher.Index.Directory);
                foreach (var text in unmatched)
                {
                    yield return new ParseWarning("assigned-unresolved", $"Task {task.Label} names \"{text}\" ({role}), which the directory does not know.");
                }

                foreach (var (reason, _) in gone)
                {
                    yield return new ParseWarning("assigned-unresolved", $"Task {task.Label} names \"{agency.Mention}\" ({role}): {reason}");
                }

                var missing = entries.Where(e => !recipients.Contains(e.Id)).ToList();
                if (missing.Count > 0)
                {
                    var names = string.Join("; ", missing.Take(5).Select(e => e.Name)) + (missing.Count > 5 ? $" and {missing.Count - 5} more" : "");
                    yield return new ParseWarning("assigned-not-recipient",
                        $"Task {task.Label} assigns \"{agency.Mention}\" ({role}) but {names} {(missing.Count == 1 ? "is" : "are")} not in Nơi nhận.");
                }
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
            Message = "Resolved notice {Number} against the directory of {DirectoryEffective}: {Recipients} recipients, {Unresolved} unresolved mentions, {Warnings} warnings")]
        public static partial void Resolved(ILogger logger, string? number, DateOnly directoryEffective, int recipients, int unresolved, int warnings);
    }
}
