using LangSon.Notify.Understanding.Parsing;

namespace LangSon.Notify.Understanding.Resolution;

/// <param name="Candidates">The closest directory names, best first.</param>
/// <param name="Successor">When the mention names a body abolished by this date, the body that took it over.</param>
public sealed record UnresolvedMention(RecipientMention Mention, string Reason, IReadOnlyList<string> Candidates, string? Successor = null);
