namespace LangSon.Notify.Understanding.Signatures;

/// <summary>What ingest does with a notice given its signature verdict.</summary>
public enum SignatureAction
{
    Send,
    Hold,
    Reject,
}
