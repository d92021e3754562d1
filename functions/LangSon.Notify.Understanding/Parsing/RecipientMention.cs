namespace LangSon.Notify.Understanding.Parsing;

/// <summary>One recipient named in a Nơi nhận line, abbreviations expanded.</summary>
/// <param name="Line">Index into <see cref="ParsedNotice.RecipientLines"/>.</param>
/// <param name="Span">The text as printed in the line.</param>
/// <param name="Mention">The expanded name ("Văn phòng Tỉnh ủy"), or "Như trên" / "Như Điều 3" for references.</param>
/// <param name="IsGroup">Whether it names a set of bodies ("Các sở, ban, ngành").</param>
/// <param name="Purpose">thực hiện, báo cáo, để biết, phối hợp; null when not stated.</param>
/// <param name="Reference">Set when the mention refers to other text rather than naming a body.</param>
/// <param name="DoubtReasons">Why the reading may be wrong (an unknown abbreviation, address-like text, text left over); empty when sure.</param>
/// <param name="Confidence">0 to 1: how sure the parser is of this reading.</param>
/// <param name="Evidence">What each expansion rested on ("lexicon ministries: BYT = Bộ Y tế", "initials: …", "run-together: …").</param>
/// <param name="Person">The person named in parentheses after a position ("Phó Giám đốc (đ/c Lan)"), attached to that position.</param>
public sealed record RecipientMention(
    int Line,
    string Span,
    string Mention,
    bool IsGroup,
    string? Purpose,
    MentionReference? Reference = null,
    IReadOnlyList<string>? DoubtReasons = null,
    double Confidence = 1.0,
    IReadOnlyList<string>? Evidence = null,
    string? Person = null)
{
    /// <summary>
    /// The same printed mention: resolution hands back copies with its own doubts added, so compare by where and what
    /// was printed, not by record equality.
    /// </summary>
    public bool IsSameAs(RecipientMention other) =>
        other is not null && Line == other.Line && string.Equals(Span, other.Span, StringComparison.Ordinal) && string.Equals(Mention, other.Mention, StringComparison.Ordinal);

    /// <summary>A clerk should look before it is sent.</summary>
    public bool Doubtful => DoubtReasons is { Count: > 0 };
}
