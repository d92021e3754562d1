using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using PhoneNumbers;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Directory;

/// <summary>Checks a directory file and names every problem with its JSON path.</summary>
internal static partial class DirectoryValidator
{
    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal) { "organisation", "position", "division", "unit" };
    private static readonly HashSet<string> ChannelNames = new(StringComparer.Ordinal) { "email", "sms" };
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex IdPattern();

    public static IReadOnlyList<DirectoryProblem> Validate(DirectoryFile file)
    {
        var problems = new List<DirectoryProblem>();
        void Error(string location, string? id, string code, string message) =>
            problems.Add(new DirectoryProblem(DirectoryProblemSeverity.Error, location, id, code, message));
        void Warn(string location, string? id, string code, string message) =>
            problems.Add(new DirectoryProblem(DirectoryProblemSeverity.Warning, location, id, code, message));

        if (string.IsNullOrWhiteSpace(file.Province))
        {
            Error("$.province", null, "missing-province", "the province is missing");
        }

        var from = ParseDate(file.EffectiveFrom);
        if (from is null)
        {
            Error("$.effectiveFrom", null, "invalid-date", file.EffectiveFrom is null
                ? "effectiveFrom is missing (yyyy-MM-dd)"
                : $"effectiveFrom '{file.EffectiveFrom}' is not a date (yyyy-MM-dd)");
        }

        if (file.EffectiveTo is not null)
        {
            var to = ParseDate(file.EffectiveTo);
            if (to is null)
            {
                Error("$.effectiveTo", null, "invalid-date", $"effectiveTo '{file.EffectiveTo}' is not a date (yyyy-MM-dd)");
            }
            else if (from is not null && to < from)
            {
                Error("$.effectiveTo", null, "invalid-date", $"effectiveTo {file.EffectiveTo} is before effectiveFrom {file.EffectiveFrom}");
            }
        }

        var groups = file.Groups ?? [];
        var entries = file.Entries ?? [];
        if (entries.Count == 0)
        {
            Error("$.entries", null, "no-entries", "the directory has no entries");
        }

        var groupIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < groups.Count; i++)
        {
            var path = $"$.groups[{i}]";
            var group = groups[i];
            if (group is null)
            {
                Error(path, null, "null-group", "the group is null");
                continue;
            }

            CheckId(group.Id, path, groupIds, i, "groups", Error);
            if (string.IsNullOrWhiteSpace(group.Name))
            {
                Error($"{path}.name", group.Id, "missing-name", "the group has no name");
            }
        }

        var entryIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i] is { } entry)
            {
                CheckId(entry.Id, $"$.entries[{i}]", entryIds, i, "entries", Error);
            }
            else
            {
                Error($"$.entries[{i}]", null, "null-entry", "the entry is null");
            }
        }

        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            if (group is null)
            {
                continue;
            }

            var included = group.Includes ?? [];
            for (var j = 0; j < included.Count; j++)
            {
                if (!groupIds.ContainsKey(included[j]))
                {
                    Error($"$.groups[{i}].includes[{j}]", group.Id, "dangling-group", $"includes the unknown group '{included[j]}'");
                }
            }

            if (group.Id is not null && IncludesItself(group.Id, groups, groupIds))
            {
                Error($"$.groups[{i}].includes", group.Id, "group-cycle", "the group includes itself through its included groups");
            }
        }

        var abolished = entries.Where(e => e is { Abolished: true, Id: not null }).Select(e => e!.Id!).ToHashSet(StringComparer.Ordinal);
        var memberCount = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry is null)
            {
                continue;
            }

            var path = $"$.entries[{i}]";
            var id = entry.Id;
            if (string.IsNullOrWhiteSpace(entry.Name))
            {
                Error($"{path}.name", id, "missing-name", "the entry has no name");
            }

            if (string.IsNullOrWhiteSpace(entry.Kind))
            {
                Error($"{path}.kind", id, "missing-kind", "the entry has no kind (organisation, position, division, unit)");
            }
            else if (!Kinds.Contains(entry.Kind))
            {
                Error($"{path}.kind", id, "unknown-kind", $"kind '{entry.Kind}' is not one of organisation, position, division, unit");
            }

            if (entry.Parent is not null)
            {
                if (entry.Parent == id)
                {
                    Error($"{path}.parent", id, "dangling-parent", "the entry is its own parent");
                }
                else if (!entryIds.ContainsKey(entry.Parent))
                {
                    Error($"{path}.parent", id, "dangling-parent", $"parent '{entry.Parent}' is not an entry of this directory");
                }
            }

            var entryGroups = entry.Groups ?? [];
            for (var j = 0; j < entryGroups.Count; j++)
            {
                if (!groupIds.ContainsKey(entryGroups[j]))
                {
                    Error($"{path}.groups[{j}]", id, "dangling-group", $"group '{entryGroups[j]}' is not defined in $.groups");
                }
                else
                {
                    memberCount[entryGroups[j]] = memberCount.GetValueOrDefault(entryGroups[j]) + 1;
                }
            }

            if (entry.Successor is not null)
            {
                if (!entryIds.ContainsKey(entry.Successor))
                {
                    Error($"{path}.successor", id, "dangling-successor", $"successor '{entry.Successor}' is not an entry of this directory");
                }
                else if (abolished.Contains(entry.Successor))
                {
                    Warn($"{path}.successor", id, "abolished-successor", $"successor '{entry.Successor}' is itself abolished");
                }

                if (!entry.Abolished)
                {
                    Error($"{path}.successor", id, "successor-in-force", "an entry in force has a successor; mark it abolished or drop the successor");
                }
            }

            CheckContacts(entry, path, Error, Warn);
        }

        for (var i = 0; i < groups.Count; i++)
        {
            if (groups[i] is { Id: { } gid } && !memberCount.ContainsKey(gid) && (groups[i]!.Includes ?? []).Count == 0)
            {
                Warn($"$.groups[{i}]", gid, "empty-group", "no entry belongs to the group");
            }
        }

        CheckAmbiguousNames(groups, entries, Warn);
        return problems;
    }

    private static void CheckId(string? id, string path, Dictionary<string, int> seen, int index, string collection, Action<string, string?, string, string> error)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            error($"{path}.id", null, "missing-id", "the id is missing");
            return;
        }

        if (!IdPattern().IsMatch(id))
        {
            error($"{path}.id", id, "invalid-id", "an id is lower-case ASCII letters and digits separated by single hyphens");
        }

        if (seen.TryGetValue(id, out var first))
        {
            error($"{path}.id", id, "duplicate-id", $"the id is already used by $.{collection}[{first}]");
        }
        else
        {
            seen[id] = index;
        }
    }

    private static bool IncludesItself(string start, List<DirectoryFileGroup?> groups, Dictionary<string, int> index)
    {
        var stack = new Stack<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var next in groups[index[start]]?.Includes ?? [])
        {
            stack.Push(next);
        }

        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (id == start)
            {
                return true;
            }

            if (!seen.Add(id) || !index.TryGetValue(id, out var at))
            {
                continue;
            }

            foreach (var next in groups[at]?.Includes ?? [])
            {
                stack.Push(next);
            }
        }

        return false;
    }

    private static void CheckContacts(DirectoryFileEntry entry, string path, Action<string, string?, string, string> error, Action<string, string?, string, string> warn)
    {
        var contacts = entry.Contacts;
        var emails = contacts?.Emails ?? [];
        var mobiles = contacts?.Mobiles ?? [];
        for (var j = 0; j < emails.Count; j++)
        {
            if (!IsValidEmail(emails[j]))
            {
                error($"{path}.contacts.emails[{j}]", entry.Id, "invalid-email", $"'{emails[j]}' is not an e-mail address");
            }
        }

        for (var j = 0; j < mobiles.Count; j++)
        {
            if (PhoneProblem(mobiles[j]) is { } problem)
            {
                error($"{path}.contacts.mobiles[{j}]", entry.Id, "invalid-phone", $"'{mobiles[j]}' {problem}");
            }
        }

        var channels = contacts?.Channels ?? [];
        for (var j = 0; j < channels.Count; j++)
        {
            if (!ChannelNames.Contains(channels[j]))
            {
                error($"{path}.contacts.channels[{j}]", entry.Id, "unknown-channel", $"channel '{channels[j]}' is not email or sms");
            }
            else if (channels[j] == "email" && emails.Count == 0)
            {
                error($"{path}.contacts.channels[{j}]", entry.Id, "channel-without-contact", "prefers email but has no e-mail address");
            }
            else if (channels[j] == "sms" && mobiles.Count == 0)
            {
                error($"{path}.contacts.channels[{j}]", entry.Id, "channel-without-contact", "prefers sms but has no mobile number");
            }
        }

        if (!entry.Abolished && emails.Count == 0 && mobiles.Count == 0)
        {
            warn($"{path}.contacts", entry.Id, "no-contact", "the entry has no e-mail address or mobile number, so nothing can reach it");
        }
    }

    internal static bool IsValidEmail(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || !MailAddress.TryCreate(value, out var address))
        {
            return false;
        }

        // MailAddress accepts display names and dotless hosts; a directory holds bare, routable addresses.
        return address.Address == value && address.DisplayName.Length == 0 && address.Host.Contains('.', StringComparison.Ordinal);
    }

    /// <summary>Null when the value is a Vietnamese mobile number, else why not.</summary>
    internal static string? PhoneProblem(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "is empty";
        }

        try
        {
            var number = Phones.Parse(value, "VN");
            if (!Phones.IsValidNumberForRegion(number, "VN"))
            {
                return "is not a valid Vietnamese phone number";
            }

            var type = Phones.GetNumberType(number);
            return type is PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE
                ? null
                : $"is a {type.ToString().ToLowerInvariant().Replace('_', ' ')} number, not a mobile one (SMS needs a mobile)";
        }
        catch (NumberParseException ex)
        {
            return $"cannot be read as a phone number ({ex.ErrorType})";
        }
    }

    private static void CheckAmbiguousNames(List<DirectoryFileGroup?> groups, List<DirectoryFileEntry?> entries, Action<string, string?, string, string> warn)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        void Claim(string? name, string? owner, string location)
        {
            if (string.IsNullOrWhiteSpace(name) || owner is null)
            {
                return;
            }

            var key = NameKey.Of(name);
            if (key.Length == 0)
            {
                return;
            }

            if (owners.TryGetValue(key, out var other) && other != owner)
            {
                warn(location, owner, "ambiguous-name", $"'{name}' also names '{other}'; a mention of it cannot be resolved");
            }
            else
            {
                owners[key] = owner;
            }
        }

        for (var i = 0; i < groups.Count; i++)
        {
            if (groups[i] is not { } g)
            {
                continue;
            }

            Claim(g.Name, g.Id, $"$.groups[{i}].name");
            for (var j = 0; j < (g.Aliases?.Count ?? 0); j++)
            {
                Claim(g.Aliases![j], g.Id, $"$.groups[{i}].aliases[{j}]");
            }
        }

        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i] is not { } e)
            {
                continue;
            }

            Claim(e.Name, e.Id, $"$.entries[{i}].name");
            for (var j = 0; j < (e.ShortNames?.Count ?? 0); j++)
            {
                Claim(e.ShortNames![j], e.Id, $"$.entries[{i}].shortNames[{j}]");
            }

            for (var j = 0; j < (e.Aliases?.Count ?? 0); j++)
            {
                Claim(e.Aliases![j], e.Id, $"$.entries[{i}].aliases[{j}]");
            }
        }
    }

    internal static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
