namespace LangSon.Notify.Understanding.Signatures;

/// <summary>One signature of a PDF, as verified.</summary>
/// <param name="Signer">The certificate's common name.</param>
/// <param name="Organization">The certificate's O attribute, when present.</param>
/// <param name="SignedAt">From the timestamp token when there is one, else the signed signing-time attribute.</param>
/// <param name="CoversWholeDocument">Its byte range runs to the end of the file as it stands.</param>
/// <param name="Problem">Why it is not valid, in words; null when valid.</param>
public sealed record SignatureCheck(
    string? Signer,
    string? Organization,
    string? SerialNumber,
    DateTimeOffset? NotBefore,
    DateTimeOffset? NotAfter,
    DateTimeOffset? SignedAt,
    SignatureStatus Status,
    bool CoversWholeDocument,
    string? Problem);
