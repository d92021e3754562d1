using System.Reflection;
using System.Text;
using System.Text.Json;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Lexicon;

/// <summary>
/// The one lexicon of Vietnamese administrative bodies, units, positions and their abbreviations (Lexicon/lexicon.json,
/// embedded). The parser's expansions and the directory's comparison keys both read it.
/// </summary>
internal sealed class AgencyLexicon
{
    private const string ResourceName = "LangSon.Notify.Understanding.Lexicon.lexicon.json";

    private static readonly Lazy<AgencyLexicon> Loaded = new(Load);

    private readonly Dictionary<string, List<LexiconReading>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LexiconReading>> _folded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LexiconEntry>> _initials = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LexiconEntry> _byName = new(StringComparer.Ordinal);
    private readonly string[] _heads;
    private readonly Dictionary<string, string> _phrases;

    private AgencyLexicon(LexiconFile file)
    {
        Version = file.Version;
        _phrases = file.Phrases.ToDictionary(p => p.Key, p => p.Value.Text, StringComparer.Ordinal);
        _heads = file.Blocks.SelectMany(b => b.Entries)
            .Where(e => e.Kind is "head" or "position" || e.Name is "Văn phòng" or "Ủy ban nhân dân" or "Hội đồng nhân dân" or "Ủy ban" or "Ban")
            .Select(e => e.Name)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(h => h.Length)
            .ToArray();

        var entries = new List<LexiconEntry>();
        foreach (var block in file.Blocks)
        {
            foreach (var raw in block.Entries)
            {
                var kind = ParseKind(raw.Kind, raw.Name);
                var entry = new LexiconEntry(raw.Name, kind, raw.Abbreviations, raw.Field, raw.FieldAbbreviations, raw.Parent, raw.Context,
                    raw.Keep, raw.Level, raw.From, raw.To, raw.Successor, block.Id, kind == LexiconKind.Head ? raw.Name : HeadOf(raw.Name));
                entries.Add(entry);
                Index(entry, raw.After, raw.Before);
            }
        }

        Entries = entries;
    }

    /// <summary>The lexicon shipped with the library.</summary>
    public static AgencyLexicon Default => Loaded.Value;

    public string Version { get; }

    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>Readings of an abbreviation exactly as printed.</summary>
    public IReadOnlyList<LexiconReading> Exact(string token) => _exact.TryGetValue(token, out var list) ? list : [];

    /// <summary>Readings of an abbreviation of four letters or more, ignoring case, diacritics, "&amp;" and "-" ("LDTBXH" = "LĐ-TB&amp;XH").</summary>
    public IReadOnlyList<LexiconReading> Folded(string token)
    {
        var key = LetterKey(token);
        return key.Length >= 4 && _folded.TryGetValue(key, out var list) ? list : [];
    }

    /// <summary>Entries whose name has these initials (folded, "và" skipped): "ubnd" → Ủy ban nhân dân.</summary>
    public IReadOnlyList<LexiconEntry> ByInitials(string key) => _initials.TryGetValue(key, out var list) ? list : [];

    /// <summary>The entry with this name, compared folded.</summary>
    public LexiconEntry? Find(string name) => _byName.GetValueOrDefault(VietnameseText.Fold(name));

    /// <summary>A fixed legal phrase of the lexicon ("allProvinces"); a missing id is a broken lexicon file.</summary>
    public string Phrase(string id) =>
        _phrases.TryGetValue(id, out var text) ? text : throw new InvalidOperationException($"The lexicon has no phrase '{id}'.");

    /// <summary>The head words of names, longest first ("Phó Chủ tịch", "Tổng cục", "Sở").</summary>
    public IReadOnlyList<string> Heads => _heads;

    /// <summary>The longest head the name starts with; the whole name when none does ("Công báo").</summary>
    public string HeadOf(string name)
    {
        foreach (var head in _heads)
        {
            if (name.Length > head.Length && name.StartsWith(head, StringComparison.OrdinalIgnoreCase) && name[head.Length] == ' ')
            {
                return name[..head.Length];
            }
        }

        return name;
    }

    /// <summary>Lower case letters and digits only, diacritics removed, "đ" as "d".</summary>
    public static string LetterKey(string text)
    {
        var plain = VietnameseText.RemoveDiacritics(text).ToLowerInvariant();
        var builder = new StringBuilder(plain.Length);
        foreach (var c in plain)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The initials of a name: first letter of each word, folded, without "và": "Lao động - Thương binh và Xã hội" → "ldtbxh".</summary>
    public static string InitialsOf(string name)
    {
        var builder = new StringBuilder();
        foreach (var word in Words(name))
        {
            builder.Append(word[0]);
        }

        return builder.ToString();
    }

    /// <summary>The folded words of a name without "và" and punctuation.</summary>
    public static List<string> Words(string name) =>
        VietnameseText.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "va" && w != "/").ToList();

    private void Index(LexiconEntry entry, string? after, IReadOnlyList<string> before)
    {
        _byName.TryAdd(VietnameseText.Fold(entry.Name), entry);
        if (entry.Kind is LexiconKind.Body or LexiconKind.Unit or LexiconKind.Word)
        {
            var initials = InitialsOf(entry.Name);
            if (initials.Length >= 2)
            {
                Add(_initials, initials, entry);
            }
        }

        if (entry.Kind == LexiconKind.DocumentType)
        {
            return; // document types are read by the header, not inside names
        }

        var itemStart = entry.Context == "item-start";
        var afterHeadOnly = entry.Context == "after-head";
        foreach (var abbreviation in entry.Abbreviations)
        {
            if (entry.Kind == LexiconKind.Unit)
            {
                // "Vụ PC", "Phòng THNC": after the unit's head the code stands for the rest of the name.
                AddReading(new LexiconReading(abbreviation, entry.Remainder, entry, false, entry.Head, true));
                if (!afterHeadOnly)
                {
                    AddReading(new LexiconReading(abbreviation, entry.Name, entry, false, null, true));
                }

                continue;
            }

            var expansion = entry.Keep ? abbreviation : entry.Name;
            AddReading(new LexiconReading(abbreviation, expansion, entry, itemStart, afterHeadOnly ? after ?? entry.Head : null, false) { Before = before });
        }

        if (entry.Field is { } field)
        {
            foreach (var abbreviation in entry.FieldAbbreviations)
            {
                // Two-letter field codes ("TC", "NV") only mean a field right after "Sở", "Bộ" or "Ban".
                var restricted = LetterKey(abbreviation).Length <= 3 || afterHeadOnly;
                AddReading(new LexiconReading(abbreviation, field, entry, false, restricted ? entry.Head : null, false));
            }
        }
    }

    private void AddReading(LexiconReading reading)
    {
        Add(_exact, reading.Printed, reading);
        var key = LetterKey(reading.Printed);
        if (key.Length >= 4 && reading.AfterHead is null && !reading.ItemStartOnly)
        {
            Add(_folded, key, reading);
        }
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }

    private static LexiconKind ParseKind(string kind, string name) => kind switch
    {
        "body" => LexiconKind.Body,
        "unit" => LexiconKind.Unit,
        "position" => LexiconKind.Position,
        "head" => LexiconKind.Head,
        "word" => LexiconKind.Word,
        "place" => LexiconKind.Place,
        "document-type" => LexiconKind.DocumentType,
        _ => throw new InvalidOperationException($"Lexicon entry \"{name}\" has an unknown kind \"{kind}\"."),
    };

    private static AgencyLexicon Load()
    {
        using var stream = typeof(AgencyLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded lexicon {ResourceName} is missing from {typeof(AgencyLexicon).Assembly.GetName().Name}.");
        var file = JsonSerializer.Deserialize<LexiconFile>(stream)
            ?? throw new InvalidOperationException("The embedded lexicon is empty.");
        return new AgencyLexicon(file);
    }
}
