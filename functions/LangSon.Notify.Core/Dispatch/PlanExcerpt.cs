namespace LangSon.Notify.Core.Dispatch;

/// <param name="DueDate">The task's due date as the notice states it; null when it states none (a default period then applies).</param>
internal sealed record PlanExcerpt(string? TaskLabel, string Text, string Reason, string? Role, string Why, DateOnly? DueDate = null);
