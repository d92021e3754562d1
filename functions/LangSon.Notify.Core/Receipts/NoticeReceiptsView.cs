namespace LangSon.Notify.Core.Receipts;

/// <summary>Per agency, what happened to a notice: channel outcomes, the agency's answer, each task's status and due date.</summary>
public sealed record NoticeReceiptsView(
    string NoticeId,
    string NoticeStatus,
    string? Number,
    string? Title,
    string? Urgency,
    DateTimeOffset? DispatchedAt,
    int AlertCount,
    IReadOnlyList<AgencyReceiptView> Agencies);
