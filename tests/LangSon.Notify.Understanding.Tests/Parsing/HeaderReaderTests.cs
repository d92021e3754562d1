using LangSon.Notify.Understanding.Parsing;

namespace LangSon.Notify.Understanding.Tests.Parsing;

public sealed class HeaderReaderTests
{
    private static readonly NoticeParser Parser = new();

    [Fact]
    public void Parse_WebCopyWithABannerAndFieldTable_FindsTheHeaderBelowIt()
    {
        var banner = string.Join('\n', Enumerable.Range(1, 30).Select(i => $"|\nMục {i} của trang:\n|\nĐang cập nhật"));
        var text = banner + """

            **ỦY BAN NHÂN DÂN**
            TỈNH BẮC KẠN
            -------
            |
            **CỘNG HÒA XÃ HỘI
            CHỦ NGHĨA VIỆT NAM**
            Độc lập - Tự do - Hạnh phúc
            |
            Số: 705/QĐ-UBND
            |
            *Bắc Kạn, ngày 12 tháng 3 năm 2026 *
            |
            **QUYẾT ĐỊNH**
            PHÊ DUYỆT DANH
            MỤC DỰ ÁN KÊU GỌI ĐẦU TƯ
            **CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN**
            *Căn cứ Luật Đầu tư;*
            """;

        var d = Parser.Parse(text).Document;

        Assert.Equal("705/QĐ-UBND", d.Number);
        Assert.Equal(new DateOnly(2026, 3, 12), d.Date.ToDateOnly());
        Assert.Equal("Quyết định", d.Type);
        Assert.Equal("Phê duyệt danh mục dự án kêu gọi đầu tư", d.Title);
        Assert.Equal("Ủy ban nhân dân tỉnh Bắc Kạn", d.Issuer);
    }

    [Fact]
    public void Parse_UpperTitleNamingAnAuthorityInside_CutsOnlyAtTheClosingAuthority()
    {
        const string text = """
            BỘ CÔNG THƯƠNG
            Số: 88/QĐ-BCT
            Hà Nội, ngày 2 tháng 2 năm 2026 QUYẾT ĐỊNH SỬA ĐỔI QUYẾT ĐỊNH SỐ 12/QĐ-BCT NGÀY 5/1/2026 CỦA BỘ TRƯỞNG BỘ CÔNG THƯƠNG VỀ DANH MỤC HÀNG HÓA BỘ TRƯỞNG BỘ CÔNG THƯƠNG
            Căn cứ Nghị định số 40/2025/NĐ-CP;
            """;

        var d = Parser.Parse(text).Document;

        Assert.Equal("Sửa đổi quyết định số 12/QĐ-BCT ngày 5/1/2026 của bộ trưởng bộ công thương về danh mục hàng hóa", d.Title);
    }

    [Fact]
    public void Parse_UpperTitleBrokenAtACompoundDash_JoinsTheLines()
    {
        const string text = """
            BỘ NỘI VỤ
            Số: 31/QĐ-BNV
            Hà Nội, ngày 6 tháng 1 năm 2026 QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH PHÁT TRIỂN KINH TẾ
            - XÃ HỘI VÙNG BIÊN NĂM 2026 BỘ TRƯỞNG BỘ NỘI VỤ
            Căn cứ Nghị định số 25/2025/NĐ-CP;
            """;

        var d = Parser.Parse(text).Document;

        Assert.Equal("Ban hành kế hoạch phát triển kinh tế - xã hội vùng biên năm 2026", d.Title);
    }

    [Fact]
    public void Parse_OcrdRegardingMark_ReadsTheTitle()
    {
        const string text = """
            BỘ TÀI CHÍNH
            CỤC HẢI QUAN
            Số: 1203 /HQ-GSQL Hà Nội, ngày 4 tháng 5 năm 2026
            Viv hướng dẫn thủ tục
            kiểm tra hàng hóa.

            Kính gửi: Chi cục Hải quan các tỉnh.
            """;

        var d = Parser.Parse(text).Document;

        Assert.Equal("Công văn", d.Type);
        Assert.Equal("V/v hướng dẫn thủ tục kiểm tra hàng hóa", d.Title);
    }

    [Fact]
    public void Parse_BlankNumberAndDayWithStampsBeside_TakesTheStampedValues()
    {
        // A signed PDF: the number and day are drawn by the signing tool on lines of their own.
        const string text = """
            ỦY BAN NHÂN DÂN
            TỈNH CAO BẰNG

            Số: /QĐ-UBND Cao Bằng, ngày tháng 4 năm 2026

            317
            QUYẾT ĐỊNH

            14

            Về việc phê duyệt phương án
            """;

        var notice = Parser.Parse(text);

        Assert.Equal("317/QĐ-UBND", notice.Document.Number);
        Assert.Equal(new DateOnly(2026, 4, 14), notice.Document.Date.ToDateOnly());
        Assert.Contains(notice.Warnings, w => w.Code == "number-stamped");
    }

    [Fact]
    public void Parse_PrintedNumberAndDay_IgnoreBareNumbersNearby()
    {
        const string text = """
            ỦY BAN NHÂN DÂN
            TỈNH CAO BẰNG
            Số: 55/TB-UBND Cao Bằng, ngày 3 tháng 4 năm 2026
            2
            THÔNG BÁO
            Về việc lịch tiếp công dân
            """;

        var d = Parser.Parse(text).Document;

        Assert.Equal("55/TB-UBND", d.Number);
        Assert.Equal(new DateOnly(2026, 4, 3), d.Date.ToDateOnly());
    }

    [Fact]
    public void Parse_UnsignedDraft_KeepsNumberAndDayBlank()
    {
        const string text = """
            ỦY BAN NHÂN DÂN
            TỈNH CAO BẰNG
            Số: /KH-UBND Cao Bằng, ngày tháng 4 năm 2026
            KẾ HOẠCH
            Triển khai chuyển đổi số
            """;

        var d = Parser.Parse(text).Document;

        Assert.Null(d.Number);
        Assert.Null(d.Date.Day);
    }
}
