using LangSon.Notify.Core.Receipts;

namespace LangSon.Notify.Core.Tests.Receipts;

public sealed class PlanDueDatesTests
{
    [Theory]
    [InlineData("trước ngày 30/7/2026", 2026, "2026-07-30")]
    [InlineData("chậm nhất ngày 5/9", 2026, "2026-09-05")]
    [InlineData("trước ngày 15 tháng 10 năm 2026", 2025, "2026-10-15")]
    [InlineData("hoàn thành trong tháng 8/2026", 2026, "2026-08-31")]
    [InlineData("Thời gian thực hiện: Quý III/2026", 2026, "2026-09-30")]
    [InlineData("trước ngày 31/2/2026", 2026, null)]
    [InlineData("thường xuyên", 2026, null)]
    public void Parse_DeadlinePhrase_DueDate(string phrase, int year, string? expected) =>
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PlanDueDates.Parse(phrase, year));
}
