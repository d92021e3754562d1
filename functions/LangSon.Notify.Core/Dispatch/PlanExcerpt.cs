namespace LangSon.Notify.Core.Dispatch;

internal sealed record PlanExcerpt(string? TaskLabel, string Text, string Reason, string? Role, string Why);
