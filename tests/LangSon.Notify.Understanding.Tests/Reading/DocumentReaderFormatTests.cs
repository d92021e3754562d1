using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using LangSon.Notify.Understanding.Reading;
using LangSon.Notify.Understanding.Tests.Support;

namespace LangSon.Notify.Understanding.Tests.Reading;

public sealed partial class DocumentReaderFormatTests
{
    [Fact]
    public void Read_SeedText_RepairsPageBreaksAndKeepsBlocks()
    {
        var text = ReadingFiles.Read(ReadingFiles.Seed("seed-notice.txt"), "seed-notice.txt");

        Assert.Equal(DocumentKind.Text, text.Kind);
        Assert.Equal([0], text.PageStarts);
        Assert.Contains("tất cả các địa phương trong cả nước", text.Text);
        Assert.Contains("xuất nhập khẩu qua địa bàn, xuất khẩu", text.Text);
        Assert.Contains("tránh tư tương xả hơi", text.Text);
        Assert.Contains("7 hạn chế, yếu kém trong Báo cáo", text.Text);
        Assert.Contains("bảo đảm hài hòa với phát triển kinh tế", text.Text);
        Assert.StartsWith("Số: /TB-UBND\n\nLạng Sơn, ngày tháng 7 năm 2020\n\nTHÔNG BÁO\n\nKết luận", text.Text);
        Assert.Contains("thực hiện./.\n\nNơi nhận:\n\n- Bí thư, Phó Bí thư Tỉnh ủy;\n- Chủ tịch, các Phó Chủ tịch HĐND tỉnh;", text.Text);
        Assert.EndsWith("- Lưu: VT, THNC (ĐTK).\n\n**TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG**\n\nPhạm Hùng Trường", text.Text);
    }

    [Fact]
    public void Read_SeedText_KeepsEveryRealParagraphApart()
    {
        var text = ReadingFiles.Read(ReadingFiles.Seed("seed-notice.txt"), "seed-notice.txt");

        var expected = SeedParagraphs();
        var actual = text.Text.Split("\n\n");
        Assert.Equal(expected.Count, actual.Length);
        Assert.Equal(expected, actual.Select(p => p.Replace("**", string.Empty, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("seed-notice.pdf", DocumentKind.Pdf)]
    [InlineData("seed-notice.docx", DocumentKind.Docx)]
    public void Read_SeedDocument_HasEveryParagraphOfTheSeedInOrder(string file, DocumentKind kind)
    {
        var text = ReadingFiles.Read(ReadingFiles.Seed(file), file);

        Assert.Equal(kind, text.Kind);
        var flat = Collapse(text.Text);
        var position = 0;
        foreach (var paragraph in SeedParagraphs())
        {
            var found = flat.IndexOf(Collapse(paragraph), position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"missing after offset {position}: {paragraph[..Math.Min(80, paragraph.Length)]}");
            position = found + 1;
        }
    }

    [Theory]
    [InlineData("seed-notice.pdf")]
    [InlineData("seed-notice.docx")]
    public void Read_SeedDocument_KeepsHeaderNoiNhanAndSignatureLines(string file)
    {
        var text = ReadingFiles.Read(ReadingFiles.Seed(file), file).Text;

        Assert.Matches(@"(?m)^ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: +/TB-UBND$", text);
        Assert.Matches(@"(?m)^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLạng Sơn, ngày +tháng 7 năm 2020$", text);
        Assert.Contains("Nơi nhận:\n- Bí thư, Phó Bí thư Tỉnh ủy;\n", text);
        Assert.Contains("\n- C, PVP UBND tỉnh, các phòng, đơn vị trực thuộc VP;\n- Lưu: VT, THNC (ĐTK).", text);
        Assert.Matches(@"TL\. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n+Phạm Hùng Trường$", text);
        Assert.DoesNotContain("  \n", text);
    }

    [Fact]
    public void Read_SeedPdf_MarksNinePagesAndDropsPageNumbers()
    {
        var text = ReadingFiles.Read(ReadingFiles.Seed("seed-notice.pdf"), "seed-notice.pdf");

        Assert.Equal(9, text.PageStarts.Count);
        Assert.Equal(0, text.PageStarts[0]);
        Assert.True(text.PageStarts.Zip(text.PageStarts.Skip(1)).All(p => p.First < p.Second));
        Assert.DoesNotMatch(@"(?m)^[2-9]$", text.Text);

        // The centred title wraps over five printed lines and comes out as one.
        Assert.Contains("THÔNG BÁO\nKết luận của đồng chí Hồ Tiến Thiệu, Phó Chủ tịch phụ trách UBND tỉnh tại Hội nghị trực tuyến với cấp huyện, cấp xã về đánh giá tình hình thực hiện kế hoạch phát triển kinh tế - xã hội 6 tháng đầu năm, triển khai nhiệm vụ trọng tâm 6 tháng cuối năm 2020\n\nNgày 13/7/2020,", text.Text);

        // Page 2 opens mid-sentence in this layout; the sentence is one line again.
        var second = text.PageStarts[1];
        Assert.Equal(' ', text.Text[second - 1]);
        Assert.NotEqual('\n', text.Text[second - 2]);
    }

    [Fact]
    public void Read_Utf8WithBom_DropsTheBom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Nơi nhận:\r\n- Như trên;  \r\n")).ToArray();

        var text = ReadingFiles.Read(bytes);

        Assert.Equal("Nơi nhận:\n- Như trên;", text.Text);
    }

    [Fact]
    public void Read_Utf8WithoutBom_Decodes()
    {
        var text = ReadingFiles.Read(Encoding.UTF8.GetBytes("Lạng Sơn, ngày 15 tháng 7 năm 2020"));

        Assert.Equal("Lạng Sơn, ngày 15 tháng 7 năm 2020", text.Text);
        Assert.Equal(DocumentKind.Text, text.Kind);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(true, false)]
    public void Read_Utf16_DecodesWithOrWithoutBom(bool bigEndian, bool withBom)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: withBom);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 12/TB-UBND")).ToArray();

        var text = ReadingFiles.Read(bytes);

        Assert.Equal("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 12/TB-UBND", text.Text);
    }

    [Fact]
    public void Read_DecomposedDiacritics_ComeOutNfc()
    {
        var decomposed = "Ủy ban nhân dân tỉnh Lạng Sơn".Normalize(NormalizationForm.FormD);

        var text = ReadingFiles.Read(Encoding.UTF8.GetBytes(decomposed));

        Assert.Equal("Ủy ban nhân dân tỉnh Lạng Sơn", text.Text);
        Assert.True(text.Text.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Read_NonSeekableStream_ReadsAll()
    {
        var bytes = ReadingFiles.Seed("seed-notice.txt");

        var text = DocumentReader.Create().Read(new ForwardOnlyStream(bytes), "seed-notice.txt");

        Assert.EndsWith("Phạm Hùng Trường", text.Text);
    }

    [Fact]
    public void Read_DocxParagraphRunningOverAPageBreak_IsOneParagraphWithTwoPages()
    {
        var docx = new DocxBuilder()
            .Paragraph("Đoạn đầu kết thúc ở đây.")
            .Paragraph(new WordText("Các sở, ban, ngành triển khai tới các ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }, new Break { Type = BreakValues.Page }, new WordText("địa phương trong tỉnh."))
            .Paragraph("Đoạn cuối.")
            .Build();

        var text = ReadingFiles.Read(docx, "break.docx");

        Assert.Equal("Đoạn đầu kết thúc ở đây.\n\nCác sở, ban, ngành triển khai tới các địa phương trong tỉnh.\n\nĐoạn cuối.", text.Text);
        Assert.Equal(2, text.PageStarts.Count);
        Assert.StartsWith("địa phương trong tỉnh.", text.Text[text.PageStarts[1]..], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DocxLastRenderedPageBreakBetweenParagraphs_StartsAPage()
    {
        var docx = new DocxBuilder()
            .Paragraph("Trang một.")
            .Paragraph(new LastRenderedPageBreak(), new WordText("Trang hai."))
            .Build();

        var text = ReadingFiles.Read(docx, "rendered.docx");

        Assert.Equal("Trang một.\n\nTrang hai.", text.Text);
        Assert.Equal([0, 12], text.PageStarts);
    }

    [Fact]
    public void Read_DocxTable_ReadsCellsRowByRowLeftToRight()
    {
        var docx = new DocxBuilder()
            .Table(
                ["ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
                ["Số: 12/TB-UBND", "Lạng Sơn, ngày 15 tháng 7 năm 2020"])
            .Paragraph("THÔNG BÁO")
            .Build();

        var text = ReadingFiles.Read(docx, "header.docx");

        Assert.Equal(
            "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 12/TB-UBND\n\nLạng Sơn, ngày 15 tháng 7 năm 2020\n\nTHÔNG BÁO",
            text.Text);
    }

    [Fact]
    public void Read_DocxWithTrackedDeletion_LeavesTheDeletedTextOut()
    {
        var docx = new DocxBuilder()
            .Paragraph(new WordText("Giao Sở Tài chính "), new DeletedText("và Sở Nội vụ "), new WordText("chủ trì."))
            .Build();

        var text = ReadingFiles.Read(docx, "tracked.docx");

        Assert.Equal("Giao Sở Tài chính chủ trì.", text.Text);
    }

    [Fact]
    public void Read_DocxAutomaticList_PutsWordsLabelsBeforeEachItem()
    {
        var docx = new DocxBuilder()
            .Paragraph("Yêu cầu các cơ quan thực hiện:")
            .ListItem(0, "Sở Tài chính chủ trì rà soát.")
            .ListItem(1, "Hoàn thành trước ngày 30/7/2020.")
            .ListItem(1, "Báo cáo UBND tỉnh.")
            .ListItem(2, "gửi Văn phòng tổng hợp.")
            .ListItem(0, "UBND các huyện, thành phố phối hợp.")
            .ListItem(1, "Tuyên truyền tới Nhân dân.")
            .Build();

        var text = ReadingFiles.Read(docx, "list.docx");

        Assert.Equal(
            "Yêu cầu các cơ quan thực hiện:\n\n1. Sở Tài chính chủ trì rà soát.\n\na) Hoàn thành trước ngày 30/7/2020.\n\nb) Báo cáo UBND tỉnh.\n\n- gửi Văn phòng tổng hợp.\n\n2. UBND các huyện, thành phố phối hợp.\n\na) Tuyên truyền tới Nhân dân.",
            text.Text);
    }

    /// <summary>The seed's paragraphs as the document has them: old page breaks rejoined, markup removed.</summary>
    private static List<string> SeedParagraphs()
    {
        var paragraphs = new List<string>();
        foreach (var block in ReadingFiles.SeedText().Split("\n\n").Select(b => b.Trim('\n')).Where(b => b.Length > 0))
        {
            var clean = block.Replace("**", string.Empty, StringComparison.Ordinal);
            if (paragraphs.Count > 0 && char.IsLower(clean[0]))
            {
                paragraphs[^1] += " " + clean;
            }
            else
            {
                paragraphs.Add(clean);
            }
        }

        return paragraphs;
    }

    private static string Collapse(string text) => Whitespace().Replace(text.Replace("**", string.Empty, StringComparison.Ordinal), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
