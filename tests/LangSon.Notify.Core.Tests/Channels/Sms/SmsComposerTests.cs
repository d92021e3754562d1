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
}
