using LangSon.Notify.Understanding.Parsing;

namespace LangSon.Notify.Understanding.Tests.Parsing;

public sealed class SignatureReaderTests
{
    [Theory]
    [InlineData("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nHoàng Minh Tâm", "KT.", "Phó Chủ tịch")]
    [InlineData("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)\nHoàng Minh Tâm", "TM.", "Chủ tịch")]
    [InlineData("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nHoàng Minh Tâm", "KT.", "Phó giám đốc")]
    [InlineData("TUQ. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nHoàng Minh Tâm", "TUQ.", "Chánh Văn phòng")]
    [InlineData("TL. BỘ TRƯỞNG\nVỤ TRƯỞNG VỤ PHÁP CHẾ\nHoàng Minh Tâm", "TL.", "Vụ trưởng Vụ Pháp chế")]
    [InlineData("TM. BAN CHỈ ĐẠO\nKT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nHoàng Minh Tâm", "KT.", "Phó trưởng ban")]
    [InlineData("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hoàng Minh Tâm", "KT.", "Phó Chủ tịch")]
    [InlineData("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Hoàng Minh Tâm", "TM.", "Chủ tịch")]
    public void Parse_StackedAuthorities_TakesTheInnermostAndThePositionUnderIt(string block, string authority, string position)
    {
        var signer = SignatureReader.Parse(block);

        Assert.Equal(new Signer(authority, position, "Hoàng Minh Tâm"), signer);
    }

    [Theory]
    [InlineData("GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nĐỗ Thu Hà", "Phó giám đốc")]
    [InlineData("GIÁM ĐỐC PHÓ GIÁM ĐỐC Đỗ Thu Hà", "Phó giám đốc")]
    [InlineData("BỘ TRƯỞNG, CHỦ NHIỆM\nĐỗ Thu Hà", "Bộ trưởng, Chủ nhiệm")]
    public void Parse_TitlesWithoutAuthority_NeverDoublesThePosition(string block, string position)
    {
        var signer = SignatureReader.Parse(block);

        Assert.Equal(new Signer(null, position, "Đỗ Thu Hà"), signer);
    }

    [Fact]
    public void Parse_AuthorityWithoutThePositionLine_LeavesThePositionBlank()
    {
        // The signer's own title was not printed (or not read): the title after TL. is the minister's, not the signer's.
        var signer = SignatureReader.Parse("TL. BỘ TRƯỞNG\nLâm Văn Khoa");

        Assert.Equal(new Signer("TL.", null, "Lâm Văn Khoa"), signer);
    }

    [Fact]
    public void Parse_DebrisUnderTheAuthority_IsNotAPosition()
    {
        var signer = SignatureReader.Parse("TL. CỤC TRƯỞNG\nQLXD. abc -");

        Assert.NotNull(signer);
        Assert.Equal("TL.", signer.Authority);
        Assert.Null(signer.Position);
    }

    [Fact]
    public void Parse_NoticeWhoseNameIsPrintedBelowTheNoiNhanBlock_FindsTheName()
    {
        const string text = """
            BỘ XÂY DỰNG
            CỤC KINH TẾ XÂY DỰNG
            Số: 418/KTXD-TH
            Hà Nội, ngày 9 tháng 3 năm 2026
            V/v hướng dẫn lập dự toán

            Kính gửi: Sở Xây dựng các tỉnh, thành phố.

            Cục Kinh tế xây dựng hướng dẫn như sau.

            Nơi nhận: TL. CỤC TRƯỞNG
            - Như trên;
            - Lưu: VT, TH.

            (dấu)

            Lâm Thị Thu Trang
            """;

        var signer = new NoticeParser().Parse(text).Document.Signer;

        Assert.Equal(new Signer("TL.", null, "Lâm Thị Thu Trang"), signer);
    }

    [Fact]
    public void Parse_ShortDecisionWithItsIssuingAuthorityAboveTheBasis_SignerIsTheOneBelowTheNoiNhan()
    {
        // The issuing authority line is within reach of the signature search in a short Quyết định.
        const string text = """
            ỦY BAN NHÂN DÂN
            TỈNH LẠNG SƠN
            Số: 77/QĐ-UBND
            Lạng Sơn, ngày 2 tháng 4 năm 2026

            QUYẾT ĐỊNH
            Về việc kiện toàn Tổ giúp việc

            CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

            Căn cứ Luật Tổ chức chính quyền địa phương;
            Xét đề nghị của Giám đốc Sở Nội vụ.

            QUYẾT ĐỊNH:
            Điều 1. Kiện toàn Tổ giúp việc.
            Điều 2. Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này./.

            Nơi nhận:
            - Như Điều 2;
            - Lưu: VT.
            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH

            Vi Thị Lan
            """;

        var signer = new NoticeParser().Parse(text).Document.Signer;

        Assert.Equal(new Signer("KT.", "Phó Chủ tịch", "Vi Thị Lan"), signer);
    }
}
