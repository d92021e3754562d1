using System.Security.Cryptography;
using System.Text;

namespace LangSon.Notify.SelfHost.Tests.Support;

/// <summary>Signs requests the way SendGrid and Twilio do, with keys the test makes; written from the providers' descriptions, independently of the code under test.</summary>
internal sealed class WebhookSigning : IDisposable
{
    private readonly ECDsa _sendGrid = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public string SendGridPublicKey => Convert.ToBase64String(_sendGrid.ExportSubjectPublicKeyInfo());

    public string TwilioToken { get; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public string SignSendGrid(string timestamp, byte[] body) =>
        Convert.ToBase64String(_sendGrid.SignData([.. Encoding.UTF8.GetBytes(timestamp), .. body], HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

    public static string SignTwilio(string token, string url, IEnumerable<KeyValuePair<string, string>> form)
    {
        var text = url + string.Concat(form.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + p.Value));
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(token));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(text)));
    }

    public void Dispose() => _sendGrid.Dispose();
}
