using LangSon.Notify.Core.Privacy;

namespace LangSon.Notify.Core.Tests.Privacy;

public sealed class PersonalDataTests
{
    [Theory]
    [InlineData("550 5.1.1 <nguyen.van.a@so.langson.example>: unknown", "550 5.1.1 <n***@so.langson.example>: unknown")]
    [InlineData("invalid number +84912345667 (21211)", "invalid number +8491*****67 (21211)")]
    [InlineData("gửi tới 0912 345 678 thất bại", "gửi tới 0912****78 thất bại")]
    [InlineData("0912.345.678 và a@b.example", "0912****78 và a***@b.example")]
    public void Mask_AddressesAndNumbers_Masked(string text, string expected) =>
        Assert.Equal(expected, PersonalData.Mask(text));

    [Theory]
    [InlineData("Delivery 3f9a0c12e4b7 of notice 9b1e attempt 3 failed transiently: 451 4.7.1 greylisted")]
    [InlineData("Notice 412/TB-UBND dated 2026-10-25 10:30, 113 deliveries")]
    [InlineData("Twilio answered 429 (code 20429)")]
    public void Mask_NothingPersonal_Unchanged(string text) =>
        Assert.Equal(text, PersonalData.Mask(text));

    [Fact]
    public void Mask_Null_Empty() => Assert.Equal(string.Empty, PersonalData.Mask(null));
}
