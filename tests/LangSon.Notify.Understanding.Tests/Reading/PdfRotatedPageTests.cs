using LangSon.Notify.Understanding.Reading;
using LangSon.Notify.Understanding.Tests.Support;

namespace LangSon.Notify.Understanding.Tests.Reading;

public sealed class PdfRotatedPageTests
{
    [Theory]
    [InlineData("0 1 -1 0", 100, 18)]
    [InlineData("0 -1 1 0", 500, -18)]
    [InlineData("-1 0 0 -1", 400, 18)]
    public void Read_PageSetSideways_ReadsItsLinesInOrder(string rotation, int firstLine, int step)
    {
        var text = ReadingFiles.Read(Sideways(rotation, firstLine, step), "xoay.pdf").Text;

        var noiNhan = text.IndexOf("Noi nhan:", StringComparison.Ordinal);
        var agencies = text.IndexOf("- Cac so, ban, nganh;", StringComparison.Ordinal);
        var archive = text.IndexOf("- Luu: VT, KT.", StringComparison.Ordinal);
        Assert.True(noiNhan >= 0 && noiNhan < agencies && agencies < archive, text);
    }

    /// <summary>Three lines drawn with a rotated text matrix, each line a step further across the page.</summary>
    private static byte[] Sideways(string rotation, int firstLine, int step)
    {
        string[] lines = ["Noi nhan:", "- Cac so, ban, nganh;", "- Luu: VT, KT."];
        var vertical = rotation.StartsWith("-1", StringComparison.Ordinal);
        var content = string.Concat(lines.Select((line, i) =>
        {
            var across = firstLine + (i * step);
            var position = vertical ? $"500 {across}" : $"{across} 400";
            return $"BT /F1 12 Tf {rotation} {position} Tm ({line}) Tj ET\n";
        }));

        var pdf = new RawPdf();
        var font = pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        var stream = pdf.AddStream(string.Empty, content);
        var pages = pdf.Add("PAGES");
        var page = pdf.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {stream} 0 R >>");
        var catalog = pdf.Add($"<< /Type /Catalog /Pages {pages} 0 R >>");
        pdf.Replace(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        return pdf.Build(catalog);
    }
}
