namespace LangSon.Notify.Understanding.Parsing;

/// <summary>An agency a task names, with its role in that task.</summary>
/// <param name="DoubtReasons">Why the reading may be wrong (a name cut short, an unknown abbreviation); null or empty when sure.</param>
/// <param name="Confidence">0 to 1: how sure the parser is of this reading.</param>
public sealed record TaskAgency(string Mention, AgencyRole Role, IReadOnlyList<string>? DoubtReasons = null, double Confidence = 1.0)
{
    /// <summary>A clerk should look before excerpts are sent on this reading.</summary>
    public bool Doubtful => DoubtReasons is { Count: > 0 };
}
