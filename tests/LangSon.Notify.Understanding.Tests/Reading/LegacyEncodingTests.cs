using LangSon.Notify.Understanding.Reading;
using LangSon.Notify.Understanding.Tests.Support;

namespace LangSon.Notify.Understanding.Tests.Reading;

/// <summary>Documents typed in TCVN3 or VNI fonts extract as look-alike Latin-1; they are refused by name, never parsed as nonsense.</summary>
public sealed class LegacyEncodingTests
{
    // "Ủy ban nhân dân tỉnh Lạng Sơn" as TCVN3 bytes read through Latin-1.
    private const string Tcvn3Text = "ñy ban nh©n d©n tØnh L¹ng S¬n";

    [Fact]
    public void Read_PdfInTcvn3Font_FailsBadEncodingNamingTheFont()
    {
        var error = ReadingFiles.ReadFails(PdfInFont(".VnTime", Tcvn3Text), "cu.pdf");

        Assert.Equal(DocumentReadError.BadEncoding, error.Error);
        Assert.Contains(".VnTime", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PdfInUnicodeFont_Reads()
    {
        var text = ReadingFiles.Read(PdfInFont("TimesNewRomanPSMT", "UBND tinh Lang Son"), "moi.pdf");

        Assert.Equal("UBND tinh Lang Son", text.Text);
    }

    [Fact]
    public void Read_PdfWithUnreadableFont_FailsCorruptRatherThanDroppingItsText()
    {
        var pdf = new RawPdf();
        var font = pdf.Add("<< /Type /Font /Subtype /TrueType /BaseFont /Broken /Encoding /WinAnsiEncoding >>");
        var content = pdf.AddStream(string.Empty, "BT /F1 12 Tf 60 700 Td (So: 12/TB-UBND) Tj ET");
        var pages = pdf.Add("PAGES");
        var page = pdf.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>");
        var catalog = pdf.Add($"<< /Type /Catalog /Pages {pages} 0 R >>");
        pdf.Replace(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");

        var error = ReadingFiles.ReadFails(pdf.Build(catalog), "font.pdf");

        Assert.Equal(DocumentReadError.CorruptPdf, error.Error);
        Assert.Contains("page 1", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".VnTime")]
    [InlineData("VNI-Times")]
    public void Read_DocxInLegacyFont_FailsBadEncoding(string font)
    {
        var docx = new DocxBuilder().ParagraphInFont(font, Tcvn3Text).ParagraphInFont(font, "Sè: 12/TB-UBND").Build();

        var error = ReadingFiles.ReadFails(docx, "cu.docx");

        Assert.Equal(DocumentReadError.BadEncoding, error.Error);
        Assert.Contains(font, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DocxWithOneLegacyWord_Reads()
    {
        var docx = new DocxBuilder()
            .Paragraph("Ủy ban nhân dân tỉnh Lạng Sơn thông báo kết luận của đồng chí Chủ tịch tại hội nghị.")
            .ParagraphInFont(".VnTime", "x")
            .Build();

        var text = ReadingFiles.Read(docx, "moi.docx");

        Assert.StartsWith("Ủy ban nhân dân tỉnh Lạng Sơn", text.Text, StringComparison.Ordinal);
    }

    private static byte[] PdfInFont(string fontName, string text)
    {
        var pdf = new RawPdf();
        var descriptor = pdf.Add($"<< /Type /FontDescriptor /FontName /{fontName} /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>");
        var widths = string.Join(' ', Enumerable.Repeat("500", 224));
        var font = pdf.Add($"<< /Type /Font /Subtype /TrueType /BaseFont /{fontName} /FontDescriptor {descriptor} 0 R /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 255 /Widths [{widths}] >>");
        var content = pdf.AddStream(string.Empty, $"BT /F1 12 Tf 60 700 Td ({text}) Tj ET");
        var pages = pdf.Add("PAGES");
        var page = pdf.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>");
        var catalog = pdf.Add($"<< /Type /Catalog /Pages {pages} 0 R >>");
        pdf.Replace(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        return pdf.Build(catalog);
    }
}
