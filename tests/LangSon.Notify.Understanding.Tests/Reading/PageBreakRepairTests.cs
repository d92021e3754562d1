using LangSon.Notify.Understanding.Reading;

namespace LangSon.Notify.Understanding.Tests.Reading;

public sealed class PageBreakRepairTests
{
    [Theory]
    [InlineData("cho hơn 8.000 người của tất cả các\n\nđịa phương trong cả nước.", "cho hơn 8.000 người của tất cả các địa phương trong cả nước.")]
    [InlineData("Hoạt động xuất nhập khẩu qua địa\n\nbàn, xuất khẩu hàng địa phương giảm mạnh.", "Hoạt động xuất nhập khẩu qua địa bàn, xuất khẩu hàng địa phương giảm mạnh.")]
    [InlineData("(12) Cấp ủy, chính quyền chủ động, tránh tư\n\ntương xả hơi, nghỉ ngơi sau đại hội.", "(12) Cấp ủy, chính quyền chủ động, tránh tư tương xả hơi, nghỉ ngơi sau đại hội.")]
    [InlineData("Tập trung khắc phục 7 hạn chế,\n\nyếu kém đã chỉ ra.", "Tập trung khắc phục 7 hạn chế, yếu kém đã chỉ ra.")]
    [InlineData("bảo đảm hài hòa với phát\n\n\n\ntriển kinh tế.", "bảo đảm hài hòa với phát triển kinh tế.")]
    public void Repair_SentenceSplitAcrossAPage_Joins(string input, string expected)
    {
        Assert.Equal(expected, PageBreakRepair.Repair(input));
    }

    [Theory]
    [InlineData("UBND tỉnh kết luận như sau:\n\n1. Về kết quả nổi bật")]
    [InlineData("Công tác cải cách hành chính được đẩy mạnh.\n\n2. Một số khó khăn, hạn chế")]
    [InlineData("1. Về kết quả nổi bật trong 6 tháng đầu năm\n\nTrong 6 tháng đầu năm 2020, mặc dù")]
    [InlineData("triển khai các nhiệm vụ sau\n\n- các sở, ban, ngành chủ động")]
    [InlineData("các nhiệm vụ gồm\n\na) rà soát các dự án")]
    [InlineData("các nhiệm vụ gồm\n\nđ) tổng hợp báo cáo")]
    [InlineData("theo phương châm “Nhân dân làm, Nhà nước hỗ trợ”\n\ncác huyện tiếp tục")]
    [InlineData("THÔNG BÁO\n\nkết luận của đồng chí Chủ tịch")]
    [InlineData("Nơi nhận:\n\n- Bí thư, Phó Bí thư Tỉnh ủy;")]
    [InlineData("- Lưu: VT, THNC (ĐTK).\n\n**TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG**\n\nPhạm Hùng Trường")]
    [InlineData("đề xuất giải quyết;\n\nbáo cáo UBND tỉnh")]
    [InlineData("Số: /TB-UBND\n\nLạng Sơn, ngày tháng 7 năm 2020")]
    [InlineData("nguồn vốn (ODA)\n\nrà soát các dự án")]
    public void Repair_RealParagraphs_StaySeparate(string input)
    {
        Assert.Equal(input, PageBreakRepair.Repair(input));
    }

    [Fact]
    public void Repair_SingleLineBreaks_AreNeverTouched()
    {
        const string noiNhan = "Nơi nhận:\n- Như trên;\n- các phòng chuyên môn\nthuộc VP;";

        Assert.Equal(noiNhan, PageBreakRepair.Repair(noiNhan));
    }
}
