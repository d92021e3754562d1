using System.Text;
using LangSon.Notify.Understanding.Signatures;
using LangSon.Notify.Understanding.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace LangSon.Notify.Understanding.Tests.Signatures;

public sealed class PdfSignatureVerifierTests : IDisposable
{
    private static readonly DateTimeOffset SignedOn = new(2026, 10, 20, 2, 30, 0, TimeSpan.Zero);
    private readonly TestPki _pki = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));

    public void Dispose() => _pki.Dispose();

    [Fact]
    public void Verify_NoSignature_Unsigned()
    {
        var verdict = Verifier().Verify(PdfSigning.Unsigned());

        Assert.Equal(SignatureStatus.Unsigned, verdict.Status);
        Assert.Empty(verdict.Signatures);
    }

    [Fact]
    public void Verify_SignedByTrustedChain_ValidWithSignerDetails()
    {
        using var signer = Signer();
        var pdf = PdfSigning.Sign(PdfSigning.Unsigned(), signer, SignedOn);

        var verdict = Verifier().Verify(pdf);

        Assert.Equal(SignatureStatus.Valid, verdict.Status);
        var signature = Assert.Single(verdict.Signatures);
        Assert.Equal("Nguyen Van Thu", signature.Signer);
        Assert.Equal("So Thu Nghiem", signature.Organization);
        Assert.Equal(signer.SerialNumber, signature.SerialNumber);
        Assert.Equal(SignedOn, signature.SignedAt);
        Assert.True(signature.CoversWholeDocument);
        Assert.Null(signature.Problem);
    }

    [Fact]
    public void Verify_RootNotInTrustList_Untrusted()
    {
        using var signer = Signer();
        using var other = new TestPki("Another Root");
        var pdf = PdfSigning.Sign(PdfSigning.Unsigned(), signer, SignedOn);

        var verdict = new PdfSignatureVerifier(new TrustList([other.Root]), _time).Verify(pdf);

        Assert.Equal(SignatureStatus.Untrusted, verdict.Status);
        Assert.Equal(SignatureStatus.Untrusted, Assert.Single(verdict.Signatures).Status);
    }

    [Fact]
    public void Verify_ByteChangedInsideSignedRange_Altered()
    {
        using var signer = Signer();
        var pdf = PdfSigning.Sign(PdfSigning.Unsigned("Han nop ngay 10"), signer, SignedOn);

        var verdict = Verifier().Verify(PdfSigning.Replace(pdf, "ngay 10", "ngay 30"));

        Assert.Equal(SignatureStatus.Altered, verdict.Status);
        Assert.Contains("digest", Assert.Single(verdict.Signatures).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_UpdateAppendedAfterLastSignature_ModifiedAfterSigning()
    {
        using var signer = Signer();
        var pdf = PdfSigning.AppendUpdate(PdfSigning.Sign(PdfSigning.Unsigned(), signer, SignedOn));

        var verdict = Verifier().Verify(pdf);

        Assert.Equal(SignatureStatus.ModifiedAfterSigning, verdict.Status);
        var signature = Assert.Single(verdict.Signatures);
        Assert.Equal(SignatureStatus.Valid, signature.Status);
        Assert.False(signature.CoversWholeDocument);
    }

    [Fact]
    public void Verify_SignerCertificateExpiredWhenSigning_Invalid()
    {
        using var expired = _pki.Issue("Tran Thi Cu", "So Thu Nghiem", new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var pdf = PdfSigning.Sign(PdfSigning.Unsigned(), expired, SignedOn);

        var verdict = Verifier().Verify(pdf);

        Assert.Equal(SignatureStatus.Invalid, verdict.Status);
        Assert.Contains("not valid on 2026-10-20", Assert.Single(verdict.Signatures).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_SignatureValueCorrupted_Invalid()
    {
        using var signer = Signer();
        var pdf = PdfSigning.Sign(PdfSigning.Unsigned(), signer, SignedOn);
        var text = Encoding.Latin1.GetString(pdf);
        var padding = text.IndexOf("0000000000000000", text.IndexOf("/Contents <", StringComparison.Ordinal), StringComparison.Ordinal);
        var corrupted = (byte[])pdf.Clone();
        corrupted[padding - 3] = (byte)(corrupted[padding - 3] == (byte)'A' ? 'B' : 'A'); // inside the RSA signature value, the DER's last field

        var verdict = Verifier().Verify(corrupted);

        Assert.Equal(SignatureStatus.Invalid, verdict.Status);
    }

    [Fact]
    public void Verify_TwoSignaturesInSuccessiveRevisions_BothListedOnlyLastCoversWhole()
    {
        using var author = Signer();
        using var office = _pki.Issue("Van thu Van phong", "Van phong Thu Nghiem", new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2028, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var once = PdfSigning.Sign(PdfSigning.Unsigned(), author, SignedOn);
        var twice = PdfSigning.Sign(once, office, SignedOn.AddHours(2), firstObject: 20);

        var verdict = Verifier().Verify(twice);

        Assert.Equal(SignatureStatus.Valid, verdict.Status);
        Assert.Equal(["Nguyen Van Thu", "Van thu Van phong"], verdict.Signatures.Select(s => s.Signer));
        Assert.Equal([false, true], verdict.Signatures.Select(s => s.CoversWholeDocument));
    }

    [Fact]
    public void Verify_FirstRevisionAlteredUnderSecondSignature_Altered()
    {
        using var author = Signer();
        using var office = _pki.Issue("Van thu Van phong", "Van phong Thu Nghiem", new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2028, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var twice = PdfSigning.Sign(PdfSigning.Sign(PdfSigning.Unsigned("Han nop ngay 10"), author, SignedOn), office, SignedOn.AddHours(2), firstObject: 20);

        var verdict = Verifier().Verify(PdfSigning.Replace(twice, "ngay 10", "ngay 30"));

        Assert.Equal(SignatureStatus.Altered, verdict.Status);
        Assert.All(verdict.Signatures, s => Assert.Equal(SignatureStatus.Altered, s.Status));
    }

    [Theory]
    [InlineData("/ByteRange [0 10 5 10]")]
    [InlineData("/ByteRange [0 999999999 999999999 999999999]")]
    [InlineData("/ByteRange [0 20 40 10] /Contents <zz>")]
    public void Verify_MalformedByteRange_InvalidWithoutThrowing(string dictionary)
    {
        var pdf = Encoding.Latin1.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Sig " + dictionary + " >>\nendobj\n%%EOF\n");

        var verdict = Verifier().Verify(pdf);

        Assert.Equal(SignatureStatus.Invalid, verdict.Status);
    }

    private PdfSignatureVerifier Verifier() => new(new TrustList([_pki.Root]), _time);

    private System.Security.Cryptography.X509Certificates.X509Certificate2 Signer() =>
        _pki.Issue("Nguyen Van Thu", "So Thu Nghiem", new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2028, 1, 1, 0, 0, 0, TimeSpan.Zero));
}
