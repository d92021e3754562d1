namespace LangSon.Notify.Understanding.Tests.Support;

/// <summary>A signed copy in miniature: the number and day are drawn only in signature widgets, as signing software does.</summary>
internal static class SignedPdf
{
    /// <summary>A page with blanks after "So:" and "ngay", filled by two one-line widgets: plain text, and codes mapped by a ToUnicode CMap.</summary>
    public static byte[] Build()
    {
        var pdf = new RawPdf();
        var font = pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        var cmap = pdf.AddStream(string.Empty, "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n1 begincodespacerange <00> <FF> endcodespacerange\n1 beginbfrange\n<01> <02> <0032>\nendbfrange\nendcmap CMapName currentdict /CMap defineresource pop end end");
        var mappedFont = pdf.Add($"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode {cmap} 0 R >>");
        var body = "BT /F1 12 Tf 60 700 Td (So:) Tj 50 0 Td (/QD-UBND) Tj ET\n"
            + "BT /F1 12 Tf 300 700 Td (Lao Cai, ngay) Tj 110 0 Td (thang 6 nam 2026) Tj ET\n"
            + "BT /F1 12 Tf 60 640 Td (Dieu 1. Chap thuan chu truong dau tu cho du an theo de nghi.) Tj ET";
        var content = pdf.AddStream(string.Empty, body);
        var numberForm = pdf.AddStream($"/Type /XObject /Subtype /Form /BBox [0 0 30 14] /Resources << /Font << /F1 {font} 0 R >> >>", "BT /F1 12 Tf 0 3 Td (2170) Tj ET");
        var numberOuter = pdf.AddStream($"/Type /XObject /Subtype /Form /BBox [0 0 30 14] /Resources << /XObject << /FRM {numberForm} 0 R >> >>", "q /FRM Do Q");
        var dayForm = pdf.AddStream($"/Type /XObject /Subtype /Form /BBox [0 0 20 14] /Resources << /Font << /F2 {mappedFont} 0 R >> >>", "BT /F2 12 Tf 0 3 Td <0102> Tj ET");
        var numberWidget = pdf.Add($"<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature1) /Rect [83 697 108 711] /AP << /N {numberOuter} 0 R >> >>");
        var dayWidget = pdf.Add($"<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature2) /Rect [388 697 405 711] /AP << /N {dayForm} 0 R >> >>");
        var pages = pdf.Add("PAGES");
        var page = pdf.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R /Annots [{numberWidget} 0 R {dayWidget} 0 R] >>");
        var catalog = pdf.Add($"<< /Type /Catalog /Pages {pages} 0 R >>");
        pdf.Replace(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        return pdf.Build(catalog);
    }
}
