namespace LangSon.Notify.Portal.Monitoring;

/// <summary>
/// How far a notice got, counted in agencies: it had a delivery (queued), one was sent, the exchange's 01 (a provider
/// reported it delivered, or the agency answered), and the agency answered (02 or 03, or reported a task).
/// </summary>
public sealed record Funnel(int Queued, int Sent, int Arrived, int Answered)
{
    public static readonly Funnel None = new(0, 0, 0, 0);

    public Funnel Add(Funnel other) => new(Queued + other.Queued, Sent + other.Sent, Arrived + other.Arrived, Answered + other.Answered);
}
