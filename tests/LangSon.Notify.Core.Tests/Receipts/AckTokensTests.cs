using LangSon.Notify.Core.Receipts;
using Microsoft.Extensions.Time.Testing;

namespace LangSon.Notify.Core.Tests.Receipts;

public sealed class AckTokensTests
{
    private const string NoticeId = "5f0c6a3e9b1d2c4f8a7e6d5c4b3a29181716151413121110f0e0d0c0b0a09080";
    private const string DeliveryId = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Read_TokenJustMade_NamesTheDeliveryAndRevealsNothingElse()
    {
        var token = Tokens().Create(NoticeId, DeliveryId);

        var read = Tokens().Read(token);

        Assert.True(read.IsValid);
        Assert.Equal((NoticeId, DeliveryId), (read.NoticeId, read.DeliveryId));
        Assert.Matches("^[A-Za-z0-9_-]+$", token);
        Assert.DoesNotContain(DeliveryId, token, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_AnyByteChanged_Invalid()
    {
        var bytes = Base64Url.Decode(Tokens().Create(NoticeId, DeliveryId));
        for (var i = 0; i < bytes.Length; i++)
        {
            var tampered = (byte[])bytes.Clone();
            tampered[i] ^= 0x01;

            Assert.False(Tokens().Read(Base64Url.Encode(tampered)).IsValid);
        }
    }

    [Fact]
    public void Read_OtherKeyOrAfterExpiry_Invalid()
    {
        var token = Tokens().Create(NoticeId, DeliveryId);

        var otherKey = Tokens("another-link-key-0123456789abcdef0123456789").Read(token);
        _time.Advance(TimeSpan.FromDays(120) + TimeSpan.FromSeconds(1));
        var expired = Tokens().Read(token);

        Assert.Equal("Liên kết không hợp lệ.", otherKey.Problem);
        Assert.Equal("Liên kết đã hết hạn.", expired.Problem);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("!!not-base64!!")]
    public void Read_Garbage_Invalid(string token) => Assert.False(Tokens().Read(token).IsValid);

    private AckTokens Tokens(string key = "test-link-key-0123456789abcdef0123456789") =>
        new(Microsoft.Extensions.Options.Options.Create(new ReceiptOptions { PublicBaseUrl = "https://notify.langson.example", LinkKey = key }), _time);
}
