namespace LangSon.Notify.Understanding.Reading;

/// <summary>A page's text in reading order, with what its edges show about paragraphs running across pages.</summary>
internal sealed record PdfPageText(string Text, bool FirstLineFlush, bool LastLineFull);
