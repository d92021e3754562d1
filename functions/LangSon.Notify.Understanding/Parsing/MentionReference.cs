namespace LangSon.Notify.Understanding.Parsing;

/// <summary>"Như trên" (the Kính gửi addressees), "Như Điều N" (the bodies article N charges) or "Như thành phần mời" (the invited).</summary>
/// <param name="Article">The article number for "Như Điều N"; null otherwise.</param>
/// <param name="Participants">True for "Như thành phần mời": the notice's "Thành phần" list.</param>
public sealed record MentionReference(int? Article, bool Participants = false);
