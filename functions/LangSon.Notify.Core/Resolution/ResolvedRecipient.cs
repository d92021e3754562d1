using LangSon.Notify.Core.Directory;
using LangSon.Notify.Core.Parsing;

namespace LangSon.Notify.Core.Resolution;

/// <param name="Sources">The Nơi nhận mentions that named it.</param>
/// <param name="Excerpts">The passages that concern it, ranked lead, coordinator, named, group, field; general conclusions when nothing specific.</param>
public sealed record ResolvedRecipient(
    DirectoryEntry Entry,
    IReadOnlyList<RecipientMention> Sources,
    IReadOnlyList<Excerpt> Excerpts);
