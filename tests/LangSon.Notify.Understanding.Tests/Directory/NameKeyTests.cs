using LangSon.Notify.Understanding.Directory;

namespace LangSon.Notify.Understanding.Tests.Directory;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("HĐND các huyện, thành phố", "Hội đồng nhân dân các huyện thành phố")]
    [InlineData("hdnd cac huyen, thanh pho", "Hội đồng nhân dân các huyện, thành phố")]
    [InlineData("UBND tỉnh", "Ủy ban nhân dân tỉnh")]
    [InlineData("Uỷ ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh")]
    [InlineData("Đài PT-TH tỉnh", "Đài Phát thanh và Truyền hình tỉnh")]
    [InlineData("Đài PT và TH tỉnh", "Đài Phát thanh và Truyền hình tỉnh")]
    [InlineData("VP TU", "Văn phòng Tỉnh ủy")]
    [InlineData("Đoàn ĐBQH tỉnh", "Đoàn đại biểu Quốc hội tỉnh")]
    public void Of_AbbreviatedOrUnaccented_MatchesTheFullName(string printed, string full)
    {
        Assert.Equal(NameKey.Of(full), NameKey.Of(printed));
    }

    [Fact]
    public void Of_WordThatFoldsLikeAnAbbreviation_IsNotExpanded()
    {
        // "tư" folds to "tu" but is not "TU" (Tỉnh ủy).
        Assert.Equal("so ke hoach va dau tu", NameKey.Of("Sở Kế hoạch và Đầu tư"));
    }

    [Fact]
    public void Loose_DropsPluralAndProvinceSuffix()
    {
        Assert.Equal("so y te", NameKey.Loose(NameKey.Of("Sở Y tế tỉnh Lạng Sơn")));
        Assert.Equal("so ban nganh", NameKey.Loose(NameKey.Of("Các sở, ban, ngành")));
    }
}
