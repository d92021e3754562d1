namespace LangSon.Notify.Core.Receipts;

public sealed record AgencyReceiptView(
    string EntryId,
    string Agency,
    string? Answer,
    string AnswerLabel,
    DateTimeOffset? AnswerAt,
    string? AnswerReason,
    bool Alert,
    IReadOnlyList<string> Alerts,
    IReadOnlyList<ChannelReceiptView> Deliveries,
    IReadOnlyList<TaskReceiptView> Tasks);
