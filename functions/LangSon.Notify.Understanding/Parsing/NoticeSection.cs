namespace LangSon.Notify.Understanding.Parsing;

/// <summary>A part of the body ("1. Về …", "Điều 3.", "III. TỔ CHỨC THỰC HIỆN") with its paragraphs.</summary>
public sealed record NoticeSection(string? Label, string? Heading, IReadOnlyList<string> Paragraphs)
{
    /// <summary>Directive or descriptive, by the section's heading and the form of its sentences.</summary>
    public TaskKind Kind { get; init; }
}
