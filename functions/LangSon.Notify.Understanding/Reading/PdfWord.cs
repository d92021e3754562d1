namespace LangSon.Notify.Understanding.Reading;

/// <summary>A word placed on a PDF page, in points, y growing upwards.</summary>
internal sealed record PdfWord(string Text, double Left, double Right, double Baseline, double Size)
{
    public double Width => Right - Left;
}
