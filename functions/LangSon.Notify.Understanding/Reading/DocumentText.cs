namespace LangSon.Notify.Understanding.Reading;

/// <summary>The text of a document in reading order, NFC-normalised.</summary>
/// <param name="Text">Pages joined by a blank line, with sentence breaks across pages repaired.</param>
/// <param name="PageStarts">The offset in <paramref name="Text"/> where each page starts; one entry for a text file.</param>
public sealed record DocumentText(string Text, IReadOnlyList<int> PageStarts, DocumentKind Kind);
