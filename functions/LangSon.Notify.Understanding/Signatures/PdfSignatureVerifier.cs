using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;

namespace LangSon.Notify.Understanding.Signatures;

/// <summary>
/// Verifies PDF signatures (ISO 32000-1 §12.8): each /ByteRange must start the file, leave a gap holding exactly its
/// /Contents, and end at a revision's %%EOF; the detached CMS must verify and its message digest match those bytes.
/// </summary>
internal sealed partial class PdfSignatureVerifier(TrustList trust, TimeProvider time) : ISignatureVerifier
{
    private const string MessageDigestOid = "1.2.840.113549.1.9.4";
    private const string TimestampTokenOid = "1.2.840.113549.1.9.16.2.14";
    private const string OrganizationOid = "2.5.4.10";

    // Offsets in the dictionary are plain digits, so a regex over the Latin-1 view of the bytes finds them all.
    [GeneratedRegex(@"/ByteRange\s*\[\s*(\d{1,10})\s+(\d{1,10})\s+(\d{1,10})\s+(\d{1,10})\s*\]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 5000)]
    private static partial Regex ByteRange();

    public SignatureVerdict Verify(ReadOnlyMemory<byte> document)
    {
        var text = Encoding.Latin1.GetString(document.Span);
        var ranges = ByteRange().Matches(text)
            .Select(m => (Start: long.Parse(m.Groups[1].ValueSpan), Length: long.Parse(m.Groups[2].ValueSpan), Start2: long.Parse(m.Groups[3].ValueSpan), Length2: long.Parse(m.Groups[4].ValueSpan)))
            .Distinct()
            .OrderBy(r => r.Start2 + r.Length2)
            .ToList();
        if (ranges.Count == 0)
        {
            return SignatureVerdict.Unsigned;
        }

        var checks = ranges.Select(r => Check(document, r.Start, r.Length, r.Start2, r.Length2)).ToList();
        var covered = ranges.Max(r => r.Start2 + r.Length2);
        var appended = covered < document.Length && document.Span[(int)Math.Min(covered, document.Length)..].IndexOfAnyExcept(" \t\r\n\0"u8) >= 0;

        var worst = checks.Min(c => c.Status);
        var status = worst switch
        {
            SignatureStatus.Altered or SignatureStatus.Invalid => worst,
            _ when appended => SignatureStatus.ModifiedAfterSigning,
            _ => worst,
        };
        return new SignatureVerdict(status, checks);
    }

    private SignatureCheck Check(ReadOnlyMemory<byte> document, long start, long length, long start2, long length2)
    {
        var bytes = document.Span;
        var end = start2 + length2;
        var whole = end == document.Length;
        SignatureCheck Broken(SignatureStatus status, string problem) => new(null, null, null, null, null, null, status, whole, problem);

        if (start != 0 || length <= 0 || start2 <= length || length2 < 0 || end > document.Length)
        {
            return Broken(SignatureStatus.Invalid, "its byte range does not fit the file");
        }

        var gap = bytes[(int)length..(int)start2];
        if (gap.Length < 2 || gap[0] != (byte)'<' || gap[^1] != (byte)'>')
        {
            return Broken(SignatureStatus.Invalid, "the gap in its byte range is not its signature value");
        }

        if (!bytes[..(int)end].TrimEnd(" \t\r\n\0"u8).EndsWith("%%EOF"u8))
        {
            return Broken(SignatureStatus.Invalid, "its byte range does not end at a revision");
        }

        byte[] der;
        try
        {
            der = Der(Convert.FromHexString(Encoding.ASCII.GetString(gap[1..^1]).Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal)));
        }
        catch (FormatException)
        {
            return Broken(SignatureStatus.Invalid, "its signature value is not hexadecimal DER");
        }

        var signed = new byte[length + length2];
        bytes[..(int)length].CopyTo(signed);
        bytes[(int)start2..(int)end].CopyTo(signed.AsSpan((int)length));

        var cms = new SignedCms(new ContentInfo(signed), detached: true);
        try
        {
            cms.Decode(der);
        }
        catch (CryptographicException ex)
        {
            return Broken(SignatureStatus.Invalid, $"its signature is not CMS: {ex.Message}");
        }

        if (cms.SignerInfos.Count == 0)
        {
            return Broken(SignatureStatus.Invalid, "its CMS has no signer");
        }

        var signer = cms.SignerInfos[0];
        var certificate = signer.Certificate;
        var signedAt = SignedAt(signer);
        SignatureCheck Result(SignatureStatus status, string? problem) => new(
            certificate?.GetNameInfo(X509NameType.SimpleName, forIssuer: false),
            certificate is null ? null : Organization(certificate),
            certificate?.SerialNumber,
            certificate?.NotBefore.ToUniversalTime() is { } from ? new DateTimeOffset(from, TimeSpan.Zero) : null,
            certificate?.NotAfter.ToUniversalTime() is { } to ? new DateTimeOffset(to, TimeSpan.Zero) : null,
            signedAt,
            status,
            whole,
            problem);

        if (certificate is null)
        {
            return Result(SignatureStatus.Invalid, "its signer certificate is not in the signature");
        }

        if (DigestMismatch(signer, signed))
        {
            return Result(SignatureStatus.Altered, "the signed bytes no longer match the signed digest");
        }

        try
        {
            signer.CheckSignature(verifySignatureOnly: true);
        }
        catch (CryptographicException ex)
        {
            return Result(SignatureStatus.Invalid, $"the signature does not verify: {ex.Message}");
        }

        var at = signedAt ?? time.GetUtcNow();
        if (at.UtcDateTime < certificate.NotBefore.ToUniversalTime() || at.UtcDateTime > certificate.NotAfter.ToUniversalTime())
        {
            return Result(SignatureStatus.Invalid, $"the signer certificate was not valid on {at:yyyy-MM-dd}");
        }

        return Anchored(certificate, cms.Certificates, at)
            ? Result(SignatureStatus.Valid, null)
            : Result(SignatureStatus.Untrusted, "its certificate chain does not end in the trust list");
    }

    private bool Anchored(X509Certificate2 certificate, X509Certificate2Collection extra, DateTimeOffset at)
    {
        if (trust.Roots.Count == 0)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(trust.Roots);
        chain.ChainPolicy.ExtraStore.AddRange(extra);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = at.UtcDateTime;
        return chain.Build(certificate);
    }

    private static bool DigestMismatch(SignerInfo signer, byte[] signed)
    {
        var attribute = signer.SignedAttributes.Cast<CryptographicAttributeObject>().FirstOrDefault(a => a.Oid.Value == MessageDigestOid);
        if (attribute is null || attribute.Values.Count == 0)
        {
            return false; // no signed attributes: the signature itself covers the content, and CheckSignature judges it
        }

        var expected = new Pkcs9MessageDigest();
        expected.CopyFrom(attribute.Values[0]);
        byte[]? actual = signer.DigestAlgorithm.Value switch
        {
            "2.16.840.1.101.3.4.2.1" => SHA256.HashData(signed),
            "2.16.840.1.101.3.4.2.2" => SHA384.HashData(signed),
            "2.16.840.1.101.3.4.2.3" => SHA512.HashData(signed),
            "1.3.14.3.2.26" => SHA1.HashData(signed),
            _ => null,
        };
        return actual is not null && !CryptographicOperations.FixedTimeEquals(actual, expected.MessageDigest);
    }

    private static DateTimeOffset? SignedAt(SignerInfo signer)
    {
        foreach (var attribute in signer.UnsignedAttributes)
        {
            if (attribute.Oid.Value == TimestampTokenOid && attribute.Values.Count > 0
                && Rfc3161TimestampToken.TryDecode(attribute.Values[0].RawData, out var token, out _))
            {
                return token.TokenInfo.Timestamp;
            }
        }

        foreach (var attribute in signer.SignedAttributes)
        {
            foreach (var value in attribute.Values)
            {
                if (value is Pkcs9SigningTime signingTime)
                {
                    return new DateTimeOffset(signingTime.SigningTime.ToUniversalTime(), TimeSpan.Zero);
                }
            }
        }

        return null;
    }

    private static string? Organization(X509Certificate2 certificate)
    {
        foreach (var rdn in certificate.SubjectName.EnumerateRelativeDistinguishedNames())
        {
            if (rdn.HasMultipleElements is false && rdn.GetSingleElementType().Value == OrganizationOid)
            {
                return rdn.GetSingleElementValue();
            }
        }

        return null;
    }

    /// <summary>The signature value is zero-padded to its reserved size; CMS wants exactly the DER object.</summary>
    private static byte[] Der(byte[] padded)
    {
        if (padded.Length < 2 || padded[0] != 0x30)
        {
            return padded;
        }

        int headerLength, contentLength;
        if (padded[1] < 0x80)
        {
            headerLength = 2;
            contentLength = padded[1];
        }
        else
        {
            var count = padded[1] & 0x7F;
            if (count is 0 or > 4 || padded.Length < 2 + count)
            {
                return padded;
            }

            contentLength = 0;
            for (var i = 0; i < count; i++)
            {
                contentLength = (contentLength << 8) | padded[2 + i];
            }

            headerLength = 2 + count;
        }

        var total = (long)headerLength + contentLength;
        return total > 0 && total <= padded.Length ? padded[..(int)total] : padded;
    }
}
