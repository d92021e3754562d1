namespace LangSon.Notify.Core.Dispatch;

/// <param name="DueDate">The task's due date as the notice states it; null when it states none (a default period then applies).</param>
public sealed record PlanExcerpt(string? TaskLabel, string Text, string Reason, string? Role, string Why, DateOnly? DueDate = null)
{
    /// <summary>
    /// Asked of the recipient itself (lead, partner, named, or through its group): a task it answers and is reminded of.
    /// "Có thể liên quan" lines and general conclusions are for information only.
    /// </summary>
    public static bool IsTask(PlanExcerpt excerpt) => excerpt.Reason is "lead" or "coordinator" or "named" or "group";
}
