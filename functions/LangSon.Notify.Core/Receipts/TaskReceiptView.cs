namespace LangSon.Notify.Core.Receipts;

/// <param name="DueDateStated">True when the notice states the date; false when it is the configured default.</param>
public sealed record TaskReceiptView(string Label, string? Status, string StatusLabel, DateTimeOffset? At, string? Note, DateOnly DueDate, bool DueDateStated);
