namespace LangSon.Notify.Core.Dispatch;

/// <summary>What every delivery of a notice needs to compose its message, stored once per notice as JSON.</summary>
internal sealed record DispatchPlan(
    string NoticeId,
    string BlobName,
    string Kind,
    long ContentLength,
    PlanDocument Document,
    IReadOnlyList<PlanRecipient> Recipients);
