using System.Text.Json.Serialization;

namespace LangSon.Notify.Understanding.Lexicon;

/// <summary>The shape of lexicon.json: versioned blocks, each citing its legal source.</summary>
internal sealed class LexiconFile
{
    [JsonPropertyName("version")]
    public string Version { get; init; } = "";

    [JsonPropertyName("blocks")]
    public List<LexiconFileBlock> Blocks { get; init; } = [];

    /// <summary>Fixed legal phrases the grammar appends, by id.</summary>
    [JsonPropertyName("phrases")]
    public Dictionary<string, LexiconFilePhrase> Phrases { get; init; } = [];
}

internal sealed class LexiconFilePhrase
{
    [JsonPropertyName("text")]
    public string Text { get; init; } = "";

    [JsonPropertyName("source")]
    public string Source { get; init; } = "";
}

internal sealed class LexiconFileBlock
{
    [JsonPropertyName("id")]
    public string Id { get; init; } = "";

    [JsonPropertyName("source")]
    public string Source { get; init; } = "";

    [JsonPropertyName("entries")]
    public List<LexiconFileEntry> Entries { get; init; } = [];
}

internal sealed class LexiconFileEntry
{
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    [JsonPropertyName("kind")]
    public string Kind { get; init; } = "";

    [JsonPropertyName("abbr")]
    public List<string> Abbreviations { get; init; } = [];

    [JsonPropertyName("field")]
    public string? Field { get; init; }

    [JsonPropertyName("fieldAbbr")]
    public List<string> FieldAbbreviations { get; init; } = [];

    [JsonPropertyName("parent")]
    public string? Parent { get; init; }

    [JsonPropertyName("context")]
    public string? Context { get; init; }

    [JsonPropertyName("before")]
    public List<string> Before { get; init; } = [];

    [JsonPropertyName("after")]
    public string? After { get; init; }

    [JsonPropertyName("keep")]
    public bool Keep { get; init; }

    [JsonPropertyName("level")]
    public string? Level { get; init; }

    [JsonPropertyName("from")]
    public DateOnly? From { get; init; }

    [JsonPropertyName("to")]
    public DateOnly? To { get; init; }

    [JsonPropertyName("successor")]
    public string? Successor { get; init; }
}
