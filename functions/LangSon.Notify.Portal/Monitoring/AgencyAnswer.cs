using LangSon.Notify.Core.Receipts;

namespace LangSon.Notify.Portal.Monitoring;

/// <summary>An agency's own answer to a notice (01–03, with the refusal's reason) and its tasks (04–06), over all its deliveries.</summary>
public sealed record AgencyAnswer(
    string EntryId,
    string Agency,
    string? Code,
    DateTimeOffset? At,
    string? Reason,
    IReadOnlyList<TaskAnswer> Tasks)
{
    public string Label => ReceiptCodes.Label(Code);

    public bool Answered => Code is ReceiptCodes.Refused or ReceiptCodes.Accepted || Tasks.Any(t => t.Code is not null);
}
