using System.Security.Cryptography;
using System.Text;

namespace LangSon.Notify.Core.Receipts;

/// <summary>The two providers' request signatures.</summary>
public static class WebhookSignatures
{
    /// <summary>SendGrid's signed event webhook: ECDSA P-256 with SHA-256 over the timestamp header followed by the raw body; the key is base64 DER SubjectPublicKeyInfo and the signature base64 DER.</summary>
    public static bool VerifySendGrid(string publicKeyBase64, string signatureBase64, string timestamp, ReadOnlySpan<byte> body)
    {
        byte[] key, signature;
        try
        {
            key = Convert.FromBase64String(publicKeyBase64.Trim());
            signature = Convert.FromBase64String(signatureBase64.Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        var stamp = Encoding.UTF8.GetBytes(timestamp);
        var data = new byte[stamp.Length + body.Length];
        stamp.CopyTo(data, 0);
        body.CopyTo(data.AsSpan(stamp.Length));
        using var ecdsa = ECDsa.Create();
        try
        {
            ecdsa.ImportSubjectPublicKeyInfo(key, out _);
            return ecdsa.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    /// <summary>Twilio's X-Twilio-Signature: base64 HMAC-SHA1, keyed with the auth token, over the full URL followed by each form field's name and value, sorted by name.</summary>
    public static string ComputeTwilio(string authToken, string url, IEnumerable<KeyValuePair<string, string>> form)
    {
        var text = new StringBuilder(url);
        foreach (var (name, value) in form.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal))
        {
            text.Append(name).Append(value);
        }

        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(text.ToString())));
    }

    public static bool VerifyTwilio(string authToken, string url, IEnumerable<KeyValuePair<string, string>> form, string signature) =>
        CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(ComputeTwilio(authToken, url, form)),
            Encoding.ASCII.GetBytes(signature.Trim()));
}
