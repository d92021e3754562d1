using LangSon.Notify.Understanding.Parsing;

namespace LangSon.Notify.Understanding.Tests.Parsing;

public sealed class DeadlineExtractorTests
{
    private static readonly NoticeDate Signed = new(2026, 6, 10);

    [Theory]
    [InlineData("Sở Công Thương báo cáo trước ngày 30/9/2026.", "2026-09-30")]
    [InlineData("Hoàn thành trong tháng 8/2020.", "2020-08-31")]
    [InlineData("Thực hiện xong trong quý III năm 2026.", "2026-09-30")]
    [InlineData("Gửi về Sở Nội vụ trước 16 giờ ngày 5/1/2027.", "2027-01-05")]
    [InlineData("Báo cáo kết quả trong 10 ngày kể từ ngày ký.", "2026-06-20")]
    [InlineData("Nộp hồ sơ trước ngày 15 tháng 10 năm 2026.", "2026-10-15")]
    [InlineData("Thời gian thực hiện: Quý I/2027.", "2027-03-31")]
    [InlineData("Tổng hợp, báo cáo chậm nhất ngày 20/11.", "2026-11-20")]
    [InlineData("Hoàn thành trong năm 2027.", "2027-12-31")]
    [InlineData("Triển khai trong 5 ngày làm việc kể từ ngày ký.", "2026-06-17")]
    public void DueDate_DeadlinePhrase_GivesTheDay(string text, string expected)
    {
        var phrase = DeadlineExtractor.Find(text);

        Assert.NotNull(phrase);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DeadlineExtractor.DueDate(phrase, Signed));
    }

    [Theory]
    [InlineData("Thời gian thực hiện: Thường xuyên.")]
    [InlineData("Thời gian thực hiện: hằng năm.")]
    [InlineData("Thời hạn: Định kỳ hằng tháng")]
    public void DueDate_Recurring_IsNull(string text)
    {
        var phrase = DeadlineExtractor.Find(text);

        Assert.NotNull(phrase);
        Assert.Null(DeadlineExtractor.DueDate(phrase, Signed));
    }

    [Fact]
    public void DueDate_DaysFromSigningWithoutTheNoticeDay_IsNull()
    {
        var phrase = DeadlineExtractor.Find("Báo cáo trong 10 ngày kể từ ngày ký.");

        Assert.Null(DeadlineExtractor.DueDate(phrase, new NoticeDate(2026, 6, null)));
    }

    [Theory]
    [InlineData("Trước ngày 31/2/2026.")]
    [InlineData("Sở Y tế tiếp tục theo dõi.")]
    public void DueDate_ImpossibleOrAbsent_IsNull(string text) =>
        Assert.Null(DeadlineExtractor.DueDate(DeadlineExtractor.Find(text), Signed));

    [Fact]
    public void Parse_TaskWithADeadline_CarriesItsDueDate()
    {
        const string text = """
            ỦY BAN NHÂN DÂN
            TỈNH HÀ GIANG
            Số: 77/TB-UBND Hà Giang, ngày 2 tháng 3 năm 2026
            THÔNG BÁO
            Kết luận của Chủ tịch về phòng cháy rừng

            1. Sở Nông nghiệp và Môi trường chủ trì rà soát phương án, hoàn thành trước ngày 31/3/2026.
            2. Các xã tuần tra thường xuyên.
            """;

        var tasks = new NoticeParser().Parse(text).Tasks;

        Assert.Equal(new DateOnly(2026, 3, 31), tasks.Single(t => t.Label == "1.").DueDate);
        Assert.Null(tasks.Single(t => t.Label == "2.").DueDate);
    }
}
