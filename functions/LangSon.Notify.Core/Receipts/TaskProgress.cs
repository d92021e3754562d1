namespace LangSon.Notify.Core.Receipts;

/// <summary>One task's status as an agency reported it.</summary>
public sealed record TaskProgress(string Code, DateTimeOffset At, string? Note);
