using LangSon.Notify.Core.Receipts;

namespace LangSon.Notify.Portal.Monitoring;

/// <param name="DueDateStated">False when the notice states no date and the configured default period applies.</param>
/// <param name="Overdue">Past its due date (Vietnam time) without 06, and the agency did not refuse the notice.</param>
public sealed record TaskAnswer(string Label, string? Code, DateTimeOffset? At, string? Note, DateOnly DueDate, bool DueDateStated, bool Overdue)
{
    public string StatusLabel => ReceiptCodes.Label(Code);
}
