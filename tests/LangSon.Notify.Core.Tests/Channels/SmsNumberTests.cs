using LangSon.Notify.Core.Channels.Sms;

namespace LangSon.Notify.Core.Tests.Channels;

public sealed class SmsNumberTests
{
    [Theory]
    [InlineData("0912345678", "+84912345678")]
    [InlineData("0912 345 678", "+84912345678")]
    [InlineData("0912.345.678", "+84912345678")]
    [InlineData("+84 912 345 678", "+84912345678")]
    [InlineData("(+84) 988-123-456", "+84988123456")]
    [InlineData("0388 123 456", "+84388123456")]
    public void TryNormalise_VietnameseMobile_E164(string raw, string expected)
    {
        Assert.True(SmsNumber.TryNormalise(raw, "VN", out var e164, out var problem), problem);
        Assert.Equal(expected, e164);
    }

    [Theory]
    [InlineData("", "no phone number")]
    [InlineData("0912", "not a valid phone number")]
    [InlineData("abc", "not a phone number")]
    [InlineData("0205 3812 345", "cannot receive SMS")]
    public void TryNormalise_Unusable_FalseWithReason(string raw, string expectedProblem)
    {
        Assert.False(SmsNumber.TryNormalise(raw, "VN", out _, out var problem));
        Assert.Contains(expectedProblem, problem, StringComparison.Ordinal);
    }
}
