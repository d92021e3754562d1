namespace LangSon.Notify.Core.Dispatch;

/// <summary>What every delivery of a notice needs to compose its message, stored once per notice as JSON.</summary>
/// <param name="Context">Headings of the notice's descriptive sections (results, difficulties): listed by title, never excerpted; null in plans stored before.</param>
public sealed record DispatchPlan(
    string NoticeId,
    string BlobName,
    string Kind,
    long ContentLength,
    PlanDocument Document,
    IReadOnlyList<PlanRecipient> Recipients,
    IReadOnlyList<string>? Context = null);
