namespace LangSon.Notify.Understanding.Signatures;

/// <summary>Checks every digital signature of a PDF: byte ranges, CMS signature and digest, certificate chain.</summary>
public interface ISignatureVerifier
{
    /// <summary>Never throws on malformed input: a signature that cannot be read is <see cref="SignatureStatus.Invalid"/>.</summary>
    SignatureVerdict Verify(ReadOnlyMemory<byte> document);
}
