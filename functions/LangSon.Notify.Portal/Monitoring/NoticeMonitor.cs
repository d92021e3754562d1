using LangSon.Notify.Core.Storage;

namespace LangSon.Notify.Portal.Monitoring;

/// <summary>What the monitoring pages know about one notice beyond its delivery rows: answers, funnel, receipts per delivery.</summary>
public sealed record NoticeMonitor(
    string NoticeId,
    DeliveryProgress Progress,
    Funnel Funnel,
    IReadOnlyDictionary<string, AgencyAnswer> Answers,
    IReadOnlyDictionary<string, string> ProviderStates,
    IReadOnlyDictionary<string, DateTimeOffset> FirstSent)
{
    internal static NoticeMonitor Empty(string noticeId) => new(noticeId, DeliveryProgress.None, Funnel.None,
        new Dictionary<string, AgencyAnswer>(), new Dictionary<string, string>(), new Dictionary<string, DateTimeOffset>());
}
