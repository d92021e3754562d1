using LangSon.Notify.Understanding.Directory;
using LangSon.Notify.Understanding.Parsing;

namespace LangSon.Notify.Understanding.Resolution;

/// <param name="Sources">The Nơi nhận mentions that named it.</param>
/// <param name="Excerpts">The passages that concern it, ranked lead, coordinator, named, group, field; general conclusions when nothing specific.</param>
public sealed record ResolvedRecipient(
    DirectoryEntry Entry,
    IReadOnlyList<RecipientMention> Sources,
    IReadOnlyList<Excerpt> Excerpts);
