using LangSon.Notify.Understanding.Directory;

namespace LangSon.Notify.Understanding.Resolution;

/// <summary>The names of one directory, keyed for exact, loose, in-text and fuzzy look-ups.</summary>
internal sealed class DirectoryIndex
{
    /// <summary>Titles that head a position ("Phó Chủ tịch" before "HĐND tỉnh"), folded, longest first.</summary>
    private static readonly string[] Titles = new[]
    {
        "Phó Chủ tịch Thường trực", "Chủ tịch", "Phó Chủ tịch", "Phó Bí thư Thường trực", "Bí thư", "Phó Bí thư",
        "Giám đốc", "Phó Giám đốc", "Chánh Văn phòng", "Phó Chánh Văn phòng", "Trưởng ban", "Phó Trưởng ban",
        "Trưởng Đoàn", "Phó Trưởng Đoàn", "Chánh Thanh tra", "Phó Chánh Thanh tra", "Cục trưởng", "Phó Cục trưởng",
        "Chỉ huy trưởng", "Lãnh đạo", "Thủ trưởng", "Thường trực",
    }.Select(NameKey.Of).OrderByDescending(t => t.Length).ToArray();

    private static readonly HashSet<string> AllPositionTitles = new(StringComparer.Ordinal) { NameKey.Of("Lãnh đạo"), NameKey.Of("Thủ trưởng") };

    private readonly Dictionary<string, List<NameTarget>> _strong = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NameTarget>> _loose = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DirectoryEntry>> _fields = new(StringComparer.Ordinal);
    private readonly List<(string Key, string[] Tokens, NameTarget Target)> _names = [];
    private readonly Dictionary<string, List<int>> _namesByToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _fieldLabels = new(StringComparer.Ordinal);

    // The longest name (or field phrase) starting with a word, so that running text is probed only where a name can start.
    private readonly Dictionary<string, int> _nameStarts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _fieldStarts = new(StringComparer.Ordinal);

    public DirectoryIndex(AgencyDirectory directory)
    {
        Directory = directory;
        foreach (var group in directory.Groups)
        {
            var target = new NameTarget(null, group);
            foreach (var name in group.Aliases.Prepend(group.Name))
            {
                Add(name, target);
            }
        }

        foreach (var entry in directory.Entries)
        {
            var target = new NameTarget(entry, null);
            foreach (var name in entry.ShortNames.Concat(entry.Aliases).Prepend(entry.Name))
            {
                Add(name, target);
            }

            if (entry.Abolished)
            {
                continue;
            }

            foreach (var field in entry.Fields)
            {
                var key = NameKey.Of(field);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!_fields.TryGetValue(key, out var list))
                {
                    _fields[key] = list = [];
                    _fieldLabels[key] = field;
                }

                list.Add(entry);
                NoteStart(_fieldStarts, key);
            }
        }

        for (var i = 0; i < _names.Count; i++)
        {
            foreach (var token in _names[i].Tokens.Distinct())
            {
                if (!_namesByToken.TryGetValue(token, out var list))
                {
                    _namesByToken[token] = list = [];
                }

                list.Add(i);
            }
        }
    }

    public AgencyDirectory Directory { get; }

    private static void NoteStart(Dictionary<string, int> starts, string key)
    {
        var tokens = key.Split(' ');
        starts[tokens[0]] = Math.Max(starts.GetValueOrDefault(tokens[0]), tokens.Length);
    }

    private void Add(string name, NameTarget target)
    {
        var key = NameKey.Of(name);
        if (key.Length == 0)
        {
            return;
        }

        if (AddTo(_strong, key, target))
        {
            _names.Add((key, key.Split(' '), target));
            NoteStart(_nameStarts, key);
        }

        AddTo(_loose, NameKey.Loose(key), target);

        // Initials of names of three words or more, for codes printed as one acronym ("BQLDAĐTXD").
        var initials = Lexicon.AgencyLexicon.InitialsOf(name);
        if (initials.Length >= 3)
        {
            AddTo(_initials, initials, target);
        }
    }

    private readonly Dictionary<string, List<NameTarget>> _initials = new(StringComparer.Ordinal);

    /// <summary>Targets whose name has these initials (case, diacritics, "&amp;", "-" and "và" ignored); empty for codes under three letters.</summary>
    public IReadOnlyList<NameTarget> ByInitials(string code)
    {
        var key = Lexicon.AgencyLexicon.LetterKey(code);
        return key.Length >= 3 && _initials.TryGetValue(key, out var list) ? list : [];
    }

    private static bool AddTo(Dictionary<string, List<NameTarget>> map, string key, NameTarget target)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = [target];
            return true;
        }

        if (list.Any(t => t.Id == target.Id))
        {
            return false;
        }

        list.Add(target);
        return true;
    }

    /// <summary>Targets whose name has exactly this key.</summary>
    public IReadOnlyList<NameTarget> Exact(string key) => _strong.TryGetValue(key, out var list) ? list : [];

    /// <summary>Targets by name, strongest match first: as printed (with "các" when a group is meant), then loosely.</summary>
    public IReadOnlyList<NameTarget> Lookup(string text, bool preferGroup)
    {
        var key = NameKey.Of(text);
        if (key.Length == 0)
        {
            return [];
        }

        if (preferGroup && !key.StartsWith("cac ", StringComparison.Ordinal) && _strong.TryGetValue("cac " + key, out var plural) && plural.All(t => t.Group is not null))
        {
            return plural;
        }

        if (_strong.TryGetValue(key, out var strong))
        {
            return strong;
        }

        return _loose.TryGetValue(NameKey.Loose(key), out var loose) ? loose : [];
    }

    /// <summary>"Chủ tịch UBND huyện Cao Lộc": the position under its organisation, or the organisation itself when the directory lists no such position.</summary>
    public IReadOnlyList<NameTarget> LookupPosition(string text)
    {
        var key = NameKey.Of(text);
        foreach (var title in Titles)
        {
            if (!key.StartsWith(title + " ", StringComparison.Ordinal))
            {
                continue;
            }

            var rest = key[(title.Length + 1)..];
            var orgs = _strong.TryGetValue(rest, out var s) ? s : _loose.TryGetValue(NameKey.Loose(rest), out var l) ? l : null;
            if (orgs is not [{ Entry: { } org }])
            {
                continue;
            }

            var positions = Directory.ChildrenOf(org.Id).Where(c => c.Kind == "position").ToList();
            var matching = AllPositionTitles.Contains(title)
                ? positions
                : positions.Where(p => TitleOf(NameKey.Of(p.Name)) == title).ToList();
            return matching.Count > 0 ? matching.Select(p => new NameTarget(p, null)).ToList() : [new NameTarget(org, null)];
        }

        return [];
    }

    private static string? TitleOf(string key) =>
        Titles.FirstOrDefault(t => key.StartsWith(t + " ", StringComparison.Ordinal));

    /// <summary>Names found in running text, longest match first, left to right; only names of two words or more.</summary>
    public IEnumerable<(NameTarget Target, string Matched)> Scan(string text)
    {
        var tokens = NameKey.Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < tokens.Length;)
        {
            var advanced = false;
            if (_nameStarts.TryGetValue(tokens[i], out var longest))
            {
                for (var n = Math.Min(longest, tokens.Length - i); n >= 2; n--)
                {
                    var phrase = string.Join(' ', tokens, i, n);
                    if (_strong.TryGetValue(phrase, out var targets))
                    {
                        foreach (var target in targets)
                        {
                            yield return (target, phrase);
                        }

                        i += n;
                        advanced = true;
                        break;
                    }
                }
            }

            if (!advanced)
            {
                i++;
            }
        }
    }

    /// <summary>Entries whose field keywords occur in the text, with the keyword as printed in the directory.</summary>
    public IEnumerable<(DirectoryEntry Entry, string Field)> MatchFields(string text)
    {
        var tokens = NameKey.Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!_fieldStarts.TryGetValue(tokens[i], out var longest))
            {
                continue;
            }

            for (var n = 1; n <= longest && i + n <= tokens.Length; n++)
            {
                var phrase = n == 1 ? tokens[i] : string.Join(' ', tokens, i, n);
                if (_fields.TryGetValue(phrase, out var entries))
                {
                    foreach (var entry in entries)
                    {
                        if (seen.Add(entry.Id))
                        {
                            yield return (entry, _fieldLabels[phrase]);
                        }
                    }
                }
            }
        }
    }

    /// <summary>The closest names in force, best first: token overlap and edit distance on folded keys.</summary>
    public IReadOnlyList<NameTarget> Closest(string text, int max)
    {
        var key = NameKey.Of(text);
        var tokens = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            return [];
        }

        // Only names sharing a word with the mention are scored; common words ("ủy", "ban", "tỉnh") are too frequent to narrow the field.
        var rareLimit = Math.Max(8, _names.Count / 10);
        var pool = new HashSet<int>();
        foreach (var token in tokens)
        {
            if (_namesByToken.TryGetValue(token, out var list) && list.Count <= rareLimit)
            {
                pool.UnionWith(list);
            }
        }

        if (pool.Count == 0)
        {
            foreach (var token in tokens)
            {
                if (_namesByToken.TryGetValue(token, out var list))
                {
                    pool.UnionWith(list.Take(200));
                }
            }
        }

        // Word overlap narrows the pool cheaply; edit distance then orders the few that are left.
        var tokenSet = tokens.ToHashSet(StringComparer.Ordinal);
        return pool
            .Select(i => _names[i])
            .Where(n => n.Target.Entry is not { Abolished: true })
            .Select(n => (Name: n, Overlap: Jaccard(tokenSet, n.Tokens)))
            .OrderByDescending(x => x.Overlap)
            .Take(ShortlistSize)
            .Select(x => (x.Name.Target, Score: (0.5 * x.Overlap) + (0.5 * EditSimilarity(key, x.Name.Key))))
            .Where(x => x.Score >= 0.35)
            .OrderByDescending(x => x.Score)
            .Select(x => x.Target)
            .DistinctBy(t => t.Id)
            .Take(max)
            .ToList();
    }

    private const int ShortlistSize = 24;

    private static double Jaccard(HashSet<string> tokens, string[] otherTokens)
    {
        var distinct = new HashSet<string>(otherTokens, StringComparer.Ordinal);
        var common = distinct.Count(tokens.Contains);
        return (double)common / (tokens.Count + distinct.Count - common);
    }

    private static double EditSimilarity(string key, string otherKey) =>
        1.0 - ((double)Levenshtein(key, otherKey) / Math.Max(key.Length, otherKey.Length));

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
