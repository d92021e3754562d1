namespace LangSon.Notify.Understanding.Parsing;

/// <summary>"Như trên" (the Kính gửi addressees) or "Như Điều N" (the bodies article N charges).</summary>
/// <param name="Article">The article number for "Như Điều N"; null for "Như trên".</param>
public sealed record MentionReference(int? Article);
