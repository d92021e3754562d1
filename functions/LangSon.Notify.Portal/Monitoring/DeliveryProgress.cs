namespace LangSon.Notify.Portal.Monitoring;

/// <summary>Counts of a notice's deliveries by status (every kind), and when the last one finished.</summary>
public sealed record DeliveryProgress(int Total, int Queued, int Sending, int Sent, int Failed, DateTimeOffset? LastFinishedAt)
{
    public static readonly DeliveryProgress None = new(0, 0, 0, 0, 0, null);

    public int Final => Sent + Failed;

    public int Percent => Total == 0 ? 0 : (int)Math.Round(100.0 * Final / Total);
}
