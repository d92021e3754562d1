using LangSon.Notify.Understanding.Parsing;

namespace LangSon.Notify.Understanding.Tests.Parsing;

public sealed class TaskKindClassifierTests
{
    [Theory]
    [InlineData("Tình hình thực hiện 9 tháng", "Tổng thu ngân sách ước đạt 92% dự toán, tăng 6% so với cùng kỳ.", TaskKind.Descriptive)]
    [InlineData("Những khó khăn, hạn chế", "Tiến độ giải ngân còn chậm; một số dự án chưa đáp ứng yêu cầu.", TaskKind.Descriptive)]
    [InlineData("Mục đích", "Nâng cao nhận thức của người dân về phòng cháy rừng.", TaskKind.Descriptive)]
    [InlineData("Nhiệm vụ, giải pháp trọng tâm", "Các ngành tập trung thực hiện các nội dung sau.", TaskKind.Directive)]
    [InlineData("Tiếp tục tháo gỡ khó khăn cho doanh nghiệp", "Rà soát thủ tục đầu tư, rút ngắn thời gian cấp phép.", TaskKind.Directive)]
    [InlineData(null, "Sở Du lịch chủ trì, phối hợp với các huyện tổ chức lễ hội.", TaskKind.Directive)]
    [InlineData(null, "Năm 2025 đã đón 3 triệu lượt khách, tăng 12% so với cùng kỳ.", TaskKind.Descriptive)]
    public void Classify_ByHeadingThenSentenceForm_TellsDirectiveFromDescriptive(string? heading, string text, TaskKind expected)
    {
        Assert.Equal(expected, TaskKindClassifier.Classify(heading, text, [], null));
    }

    [Fact]
    public void Classify_SameWordsLastInTheNotice_StillByForm()
    {
        // Position does not decide: a results paragraph stays descriptive wherever it is printed.
        var notice = new NoticeParser().Parse("""
            ỦY BAN NHÂN DÂN
            TỈNH HÀ GIANG
            Số: 12/TB-UBND Hà Giang, ngày 2 tháng 3 năm 2026
            THÔNG BÁO
            Kết luận về du lịch

            Chủ tịch UBND tỉnh kết luận như sau.

            1. Nhiệm vụ thời gian tới
            Sở Du lịch chủ trì xây dựng sản phẩm mới, hoàn thành trước ngày 30/6/2026.
            2. Kết quả đạt được
            Năm 2025 tỉnh đã đón 3 triệu lượt khách, tăng 12% so với cùng kỳ.
            """);

        Assert.Equal(TaskKind.Directive, notice.Tasks.Single(t => t.Label == "1.").Kind);
        Assert.Equal(TaskKind.Descriptive, notice.Tasks.Single(t => t.Label == "2.").Kind);
        Assert.Equal(TaskKind.Descriptive, notice.Sections.Single(s => s.Label == "2.").Kind);
    }
}
