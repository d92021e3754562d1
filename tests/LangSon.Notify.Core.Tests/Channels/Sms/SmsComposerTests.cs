using LangSon.Notify.Core.Channels.Sms;
using LangSon.Notify.Core.Tests.Support;

namespace LangSon.Notify.Core.Tests.Channels.Sms;

public sealed class SmsComposerTests
{
    [Fact]
    public async Task ComposeAsync_SeedTitle_FitsOneGsm7MessageWithNumberAndEmailPointer()
    {
        var (plan, recipient, delivery) = new DispatchPlanBuilder().Build("sms");

        var sms = await Composers.Sms().ComposeAsync(plan, recipient, delivery);

        Assert.True(Gsm7.Length(sms.Body) <= SmsComposer.MaxLength, $"{Gsm7.Length(sms.Body)}: {sms.Body}");
        Assert.True(Gsm7.IsGsm7(sms.Body), sms.Body);
        Assert.Contains(".../TB-UBND", sms.Body, StringComparison.Ordinal);
        Assert.Contains("Ket luan cua dong chi", sms.Body, StringComparison.Ordinal);
        Assert.EndsWith("Chi tiet da gui qua email.", sms.Body, StringComparison.Ordinal);
        Assert.Contains("...", sms.Body, StringComparison.Ordinal);
        Assert.Equal("+84 900 000 001", sms.ToNumber);
    }

    [Fact]
    public async Task ComposeAsync_ShortTitle_KeptWhole()
    {
        var (plan, recipient, delivery) = new DispatchPlanBuilder().WithNumber("45/TB-UBND").WithTitle("Lịch tiếp công dân tháng 8").Build("sms");

        var sms = await Composers.Sms().ComposeAsync(plan, recipient, delivery);

        Assert.Equal("UBND tinh Lang Son: Thong bao so 45/TB-UBND - Lich tiep cong dan thang 8. Chi tiet da gui qua email.", sms.Body);
    }

    [Fact]
    public async Task ComposeAsync_AgencyWithTasks_NamesItsLabelsAndEarliestDueInOneSegment()
    {
        var (plan, recipient, delivery) = new DispatchPlanBuilder().WithNumber("412/TB-UBND")
            .WithExcerpt("(7)", "Chủ trì lập quy hoạch.", "lead", "lead", "chủ trì", new DateOnly(2026, 12, 31))
            .WithExcerpt("(4)", "Phối hợp rà soát.", "coordinator", "coordinator", "phối hợp", new DateOnly(2026, 10, 25))
            .WithExcerpt("(9)", "Thu hút đầu tư …", "field", null, "có thể liên quan", null)
            .Build("sms");

        var sms = await Composers.Sms().ComposeAsync(plan, recipient, delivery);

        Assert.True(Gsm7.Length(sms.Body) <= SmsComposer.MaxLength, $"{Gsm7.Length(sms.Body)}: {sms.Body}");
        Assert.True(Gsm7.IsGsm7(sms.Body), sms.Body);
        Assert.Contains("412/TB-UBND", sms.Body, StringComparison.Ordinal);
        Assert.Contains("Nhiem vu: (7), (4), han 25/10/2026.", sms.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("(9)", sms.Body, StringComparison.Ordinal);
        Assert.EndsWith("Chi tiet da gui qua email.", sms.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComposeAsync_ManyTasks_KeepsFirstLabelsDueAndEmailPointer()
    {
        var builder = new DispatchPlanBuilder().WithNumber("412/TB-UBND");
        for (var i = 1; i <= 30; i++)
        {
            builder.WithExcerpt($"({i})", "Thực hiện.", "group", null, "thuộc nhóm", new DateOnly(2026, 11, i));
        }

        var (plan, recipient, delivery) = builder.Build("sms");

        var sms = await Composers.Sms().ComposeAsync(plan, recipient, delivery);

        Assert.True(Gsm7.Length(sms.Body) <= SmsComposer.MaxLength, $"{Gsm7.Length(sms.Body)}: {sms.Body}");
        Assert.Contains("Nhiem vu: (1), ", sms.Body, StringComparison.Ordinal);
        Assert.Contains("muc khac, han 01/11/2026.", sms.Body, StringComparison.Ordinal);
        Assert.EndsWith("Chi tiet da gui qua email.", sms.Body, StringComparison.Ordinal);
    }
}
