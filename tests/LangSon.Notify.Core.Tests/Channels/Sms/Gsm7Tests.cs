using LangSon.Notify.Core.Channels.Sms;

namespace LangSon.Notify.Core.Tests.Channels.Sms;

public sealed class Gsm7Tests
{
    [Theory]
    [InlineData("Đường Lạng Sơn", "Duong Lang Son")]
    [InlineData("Ủy ban nhân dân tỉnh", "Uy ban nhan dan tinh")]
    [InlineData("đồng chí Hồ Tiến Thiệu", "dong chi Ho Tien Thieu")]
    public void RemoveDiacritics_VietnameseText_PlainLatin(string input, string expected) =>
        Assert.Equal(expected, Gsm7.RemoveDiacritics(input));

    [Fact]
    public void Convert_TypographicPunctuationAndNewlines_MappedToGsm7()
    {
        var converted = Gsm7.Convert("Số …/TB-UBND\n“Kết luận” – 6 tháng");

        Assert.Equal("So .../TB-UBND \"Ket luan\" - 6 thang", converted);
        Assert.True(Gsm7.IsGsm7(converted));
    }

    [Fact]
    public void Length_ExtensionCharacters_CountTwice() => Assert.Equal(4, Gsm7.Length("a€b"));
}
