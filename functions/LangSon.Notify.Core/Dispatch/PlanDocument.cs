namespace LangSon.Notify.Core.Dispatch;

public sealed record PlanDocument(
    string? Type,
    string? Number,
    string? Symbol,
    string? Title,
    string? Date,
    string? Urgency,
    string? Issuer,
    string? Signer)
{
    /// <summary>"123/TB-UBND", or "…/TB-UBND" when the number is blank, as in a draft.</summary>
    public string DisplayNumber => Number ?? (Symbol is { Length: > 0 } ? $"…/{Symbol}" : "…");
}
