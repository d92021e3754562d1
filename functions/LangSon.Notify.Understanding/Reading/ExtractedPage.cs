namespace LangSon.Notify.Understanding.Reading;

/// <summary>One page of extracted text before assembly.</summary>
/// <param name="Text">Paragraphs one per line; a blank line between blocks.</param>
/// <param name="ContinuesPrevious">
/// True when the layout shows the page opens mid-paragraph (a full last line before, no indent after);
/// null when the layout cannot tell and the text decides.
/// </param>
internal sealed record ExtractedPage(string Text, bool? ContinuesPrevious = null);
