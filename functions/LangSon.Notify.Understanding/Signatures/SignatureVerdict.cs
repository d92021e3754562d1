namespace LangSon.Notify.Understanding.Signatures;

/// <summary>The verdict on a notice: the worst of its signatures, or unsigned, or modified after the last one.</summary>
public sealed record SignatureVerdict(SignatureStatus Status, IReadOnlyList<SignatureCheck> Signatures)
{
    public static SignatureVerdict Unsigned { get; } = new(SignatureStatus.Unsigned, []);
}
