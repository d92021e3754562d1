using LangSon.Notify.Understanding.Parsing;

namespace LangSon.Notify.Understanding.Tests.Parsing;

public sealed class MentionSplitterTests
{
    [Theory]
    [InlineData("- Các VP: TU, HĐND tỉnh, Đoàn ĐBQH tỉnh;", "Văn phòng Tỉnh ủy|Văn phòng Hội đồng nhân dân tỉnh|Văn phòng Đoàn đại biểu Quốc hội tỉnh")]
    [InlineData("- HĐND, UBND các huyện, thành phố;", "Hội đồng nhân dân các huyện, thành phố|Ủy ban nhân dân các huyện, thành phố")]
    [InlineData("- C, PVP UBND tỉnh;", "Chánh Văn phòng Ủy ban nhân dân tỉnh|Phó Chánh Văn phòng Ủy ban nhân dân tỉnh")]
    [InlineData("- Chủ tịch, các Phó Chủ tịch HĐND tỉnh;", "Chủ tịch Hội đồng nhân dân tỉnh|Các Phó Chủ tịch Hội đồng nhân dân tỉnh")]
    [InlineData("- Sở Văn hóa, Thể thao và Du lịch;", "Sở Văn hóa, Thể thao và Du lịch")]
    [InlineData("- Báo và PT, TH tỉnh;", "Báo và Phát thanh và Truyền hình tỉnh")]
    [InlineData("- Các sở: TC, XD;", "Sở Tài chính|Sở Xây dựng")]
    [InlineData("- Thường trực HĐND, UBND tỉnh;", "Thường trực Hội đồng nhân dân tỉnh|Thường trực Ủy ban nhân dân tỉnh")]
    [InlineData("- Thường trực Tỉnh ủy, HĐND, UBND tỉnh;", "Thường trực Tỉnh ủy|Thường trực Hội đồng nhân dân tỉnh|Thường trực Ủy ban nhân dân tỉnh")]
    [InlineData("- Đ/c Bí thư Tỉnh ủy;", "Bí thư Tỉnh ủy")]
    [InlineData("- Các đ/c Phó Chánh VP UBND tỉnh;", "Các Phó Chánh Văn phòng Ủy ban nhân dân tỉnh")]
    [InlineData("- Các đồng chí Ủy viên BTV Tỉnh ủy;", "Các Ủy viên Ban Thường vụ Tỉnh ủy")]
    [InlineData("- UBND các xã, phường, đặc khu;", "Ủy ban nhân dân các xã, phường, đặc khu")]
    [InlineData("- Sở KH&ĐT, Sở NN&PTNT, Sở GD&ĐT;", "Sở Kế hoạch và Đầu tư|Sở Nông nghiệp và Phát triển nông thôn|Sở Giáo dục và Đào tạo")]
    [InlineData("- TTg, các PTTg: Nguyễn Văn A, Trần Văn B;", "Thủ tướng Chính phủ|Phó Thủ tướng Nguyễn Văn A|Phó Thủ tướng Trần Văn B")]
    [InlineData("- VPCP: BTCN, các PCN;", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ|Các Phó Chủ nhiệm Văn phòng Chính phủ")]
    [InlineData("- TT.TU, TT.HĐND tỉnh;", "Thường trực Tỉnh ủy|Thường trực Hội đồng nhân dân tỉnh")]
    [InlineData("- CT, PCT.UBND tỉnh (Nguyễn Văn C);", "Chủ tịch Ủy ban nhân dân tỉnh|Phó Chủ tịch Ủy ban nhân dân tỉnh Nguyễn Văn C")]
    [InlineData("- Các sở, ban, ngành; UBND các xã, phường;", "Các sở, ban, ngành|Ủy ban nhân dân các xã, phường")]
    public void Split_SharedPrefixesAndSuffixes_Distribute(string line, string expected)
    {
        var mentions = MentionSplitter.Split(0, line, "Tỉnh ủy").Select(m => m.Mention);

        Assert.Equal(expected.Split('|'), mentions);
    }

    [Theory]
    [InlineData("- PCT UBND tỉnh Hoàng Văn Bình (b/c);", "Hoàng Văn Bình")]
    [InlineData("- Giám đốc Sở Y tế tỉnh Đỗ Thị Hà;", "Đỗ Thị Hà")]
    [InlineData("- Chủ tịch UBND tỉnh Lạng Sơn;", null)]
    public void Split_PersonAfterAProvincialPositionWithoutParentheses_IsThePerson(string line, string? person)
    {
        var mention = Assert.Single(MentionSplitter.Split(0, line, "Tỉnh ủy", "Ủy ban nhân dân tỉnh Lạng Sơn"));

        Assert.Equal(person, mention.Person);
    }

    [Theory]
    [InlineData("- Sở Y tế (gửi qua hệ thống QLVB);")]
    [InlineData("- Sở Y tế (bản điện tử);")]
    [InlineData("- Sở Y tế (qua thư điện tử);")]
    public void Split_DeliveryNoteInParentheses_IsDroppedFromTheMention(string line)
    {
        var mention = Assert.Single(MentionSplitter.Split(0, line, "Tỉnh ủy"));

        Assert.Equal(("Sở Y tế", (string?)null), (mention.Mention, mention.Purpose));
    }

    [Theory]
    [InlineData("- Sở Y tế (b/c);", "báo cáo")]
    [InlineData("- Sở Y tế (để b/c);", "báo cáo")]
    [InlineData("- Sở Y tế (t/h);", "thực hiện")]
    [InlineData("- Sở Y tế (để thực hiện);", "thực hiện")]
    [InlineData("- Sở Y tế (để biết);", "để biết")]
    [InlineData("- Sở Y tế để biết;", "để biết")]
    [InlineData("- Sở Y tế (p/h);", "phối hợp")]
    [InlineData("- Sở Y tế;", null)]
    public void Split_PurposeTags_AreReadAndRemoved(string line, string? purpose)
    {
        var mention = Assert.Single(MentionSplitter.Split(3, line, "Tỉnh ủy"));

        Assert.Equal("Sở Y tế", mention.Mention);
        Assert.Equal(purpose, mention.Purpose);
        Assert.Equal(3, mention.Line);
    }

    [Theory]
    [InlineData("- Như trên;", "Như trên", null)]
    [InlineData("- Như Điều 3;", "Như Điều 3", 3)]
    [InlineData("- Như điều 4 (t/h);", "Như Điều 4", 4)]
    public void Split_References_AreKeptAsReferences(string line, string mention, int? article)
    {
        var result = Assert.Single(MentionSplitter.Split(0, line, "Tỉnh ủy"));

        Assert.Equal(mention, result.Mention);
        Assert.Equal(new MentionReference(article), result.Reference);
        Assert.False(result.IsGroup);
    }

    [Fact]
    public void Split_BarePositionWithoutOwner_BelongsToTheIssuer()
    {
        var result = Assert.Single(MentionSplitter.Split(0, "- Bộ trưởng (để báo cáo);", "Tỉnh ủy", "Bộ Tư pháp"));

        Assert.Equal("Bộ trưởng Bộ Tư pháp", result.Mention);
        Assert.Equal("báo cáo", result.Purpose);
    }
}
