namespace LangSon.Notify.Understanding.Signatures;

/// <summary>What a notice's digital signatures say about it, worst first after <see cref="Unsigned"/>.</summary>
public enum SignatureStatus
{
    /// <summary>No signature at all.</summary>
    Unsigned,

    /// <summary>A signed byte changed: the digest no longer matches.</summary>
    Altered,

    /// <summary>A signature that does not verify, or a certificate not valid when it signed.</summary>
    Invalid,

    /// <summary>Bytes appended after the last signature that no signature covers.</summary>
    ModifiedAfterSigning,

    /// <summary>Intact, but the chain is not anchored in the trust list.</summary>
    Untrusted,

    /// <summary>Intact and trusted.</summary>
    Valid,
}
