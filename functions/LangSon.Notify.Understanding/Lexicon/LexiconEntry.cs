namespace LangSon.Notify.Understanding.Lexicon;

/// <summary>One body, unit, position or word of the lexicon, with the block (and so the legal source) it comes from.</summary>
/// <param name="Head">The first word(s) of the name that say what kind of body it is ("Sở", "Vụ", "Tổng cục").</param>
internal sealed record LexiconEntry(
    string Name,
    LexiconKind Kind,
    IReadOnlyList<string> Abbreviations,
    string? Field,
    IReadOnlyList<string> FieldAbbreviations,
    string? Parent,
    string? Context,
    bool Keep,
    string? Level,
    DateOnly? From,
    DateOnly? To,
    string? Successor,
    string Block,
    string Head)
{

    /// <summary>The name without its head: "Phòng Tổng hợp - Nội chính" → "Tổng hợp - Nội chính".</summary>
    public string Remainder => Name.Length > Head.Length ? Name[Head.Length..].Trim() : Name;
}
