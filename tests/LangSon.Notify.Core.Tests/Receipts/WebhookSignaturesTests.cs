using System.Security.Cryptography;
using System.Text;
using LangSon.Notify.Core.Receipts;

namespace LangSon.Notify.Core.Tests.Receipts;

public sealed class WebhookSignaturesTests
{
    [Fact]
    public void VerifySendGrid_SignedByTheKey_TrueAndFalseForAnyOtherBodyOrTimestamp()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var publicKey = Convert.ToBase64String(key.ExportSubjectPublicKeyInfo());
        var body = Encoding.UTF8.GetBytes("[{\"event\":\"delivered\",\"sg_event_id\":\"e1\",\"timestamp\":1772416800}]\r\n");
        var signature = Convert.ToBase64String(key.SignData([.. "1772416800"u8, .. body], HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

        Assert.True(WebhookSignatures.VerifySendGrid(publicKey, signature, "1772416800", body));
        Assert.False(WebhookSignatures.VerifySendGrid(publicKey, signature, "1772416801", body));
        Assert.False(WebhookSignatures.VerifySendGrid(publicKey, signature, "1772416800", body[..^2]));
        Assert.False(WebhookSignatures.VerifySendGrid("bm90IGEga2V5", signature, "1772416800", body));
        Assert.False(WebhookSignatures.VerifySendGrid(publicKey, "%%%", "1772416800", body));
    }

    [Fact]
    public void ComputeTwilio_KnownRequest_MatchesHandComputedHmac()
    {
        const string Url = "https://notify.langson.example/api/receipts/twilio?noticeId=n1&deliveryId=d1";
        var form = new Dictionary<string, string> { ["MessageStatus"] = "delivered", ["MessageSid"] = "SM1", ["AccountSid"] = "AC1" };
        var expected = Convert.ToBase64String(HMACSHA1.HashData("token"u8, Encoding.UTF8.GetBytes(Url + "AccountSidAC1MessageSidSM1MessageStatusdelivered")));

        Assert.Equal(expected, WebhookSignatures.ComputeTwilio("token", Url, form));
        Assert.True(WebhookSignatures.VerifyTwilio("token", Url, form, expected));
        Assert.False(WebhookSignatures.VerifyTwilio("token", Url.Replace("d1", "d2", StringComparison.Ordinal), form, expected));
    }
}
