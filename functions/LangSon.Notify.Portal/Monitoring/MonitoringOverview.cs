namespace LangSon.Notify.Portal.Monitoring;

/// <summary>The charts page's figures over the notices received in a period.</summary>
public sealed record MonitoringOverview(
    int NoticeCount,
    bool Truncated,
    Funnel Funnel,
    IReadOnlyList<(string NoticeId, string Name, Funnel Funnel)> Notices,
    IReadOnlyList<AckTime> AckTimes,
    IReadOnlyList<(string Agency, int Count)> Overdue);
