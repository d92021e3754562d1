namespace LangSon.Notify.Core.Receipts;

public sealed record AckTaskView(string Label, string? Code, string? Note);
