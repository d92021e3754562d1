namespace LangSon.Notify.Understanding.Directory;

/// <summary>The agency directory of a province in force over a period.</summary>
public sealed class AgencyDirectory
{
    private readonly Dictionary<string, DirectoryEntry> _entries;
    private readonly Dictionary<string, DirectoryGroup> _groups;
    private readonly Dictionary<string, IReadOnlyList<DirectoryEntry>> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DirectoryEntry>> _children;
    private readonly Lock _gate = new();

    public AgencyDirectory(
        string province,
        DateOnly effectiveFrom,
        DateOnly? effectiveTo,
        IReadOnlyList<DirectoryEntry> entries,
        IReadOnlyList<DirectoryGroup> groups,
        string? source = null)
    {
        Province = province;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Entries = entries;
        Groups = groups;
        Source = source;
        _entries = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        _groups = groups.ToDictionary(g => g.Id, StringComparer.Ordinal);
        _children = entries.Where(e => e.Parent is not null)
            .GroupBy(e => e.Parent!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    public string Province { get; }

    public DateOnly EffectiveFrom { get; }

    /// <summary>The last day in force; null while it is the current directory.</summary>
    public DateOnly? EffectiveTo { get; }

    public IReadOnlyList<DirectoryEntry> Entries { get; }

    public IReadOnlyList<DirectoryGroup> Groups { get; }

    /// <summary>The file it was read from, for messages.</summary>
    public string? Source { get; }

    public bool IsInForceOn(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);

    public DirectoryEntry? FindEntry(string id) => _entries.GetValueOrDefault(id);

    public DirectoryGroup? FindGroup(string id) => _groups.GetValueOrDefault(id);

    public IReadOnlyList<DirectoryEntry> ChildrenOf(string parentId) =>
        _children.TryGetValue(parentId, out var list) ? list : [];

    /// <summary>Every entry in the group or in a group it includes, abolished ones included, in directory order.</summary>
    public IReadOnlyList<DirectoryEntry> MembersOf(string groupId)
    {
        lock (_gate)
        {
            if (_members.TryGetValue(groupId, out var cached))
            {
                return cached;
            }

            var ids = new HashSet<string>(StringComparer.Ordinal);
            CollectGroupIds(groupId, ids);
            var members = Entries.Where(e => e.Groups.Any(ids.Contains)).ToList();
            _members[groupId] = members;
            return members;
        }
    }

    private void CollectGroupIds(string groupId, HashSet<string> ids)
    {
        if (!ids.Add(groupId) || !_groups.TryGetValue(groupId, out var group))
        {
            return;
        }

        foreach (var included in group.Includes)
        {
            CollectGroupIds(included, ids);
        }
    }

    public override string ToString() =>
        $"{Province} {EffectiveFrom:yyyy-MM-dd}–{(EffectiveTo is { } to ? to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "")}";
}
