using LangSon.Notify.Core.Storage;
using LangSon.Notify.Understanding.Parsing;

namespace LangSon.Notify.Core.Receipts;

/// <summary>Task due dates: what the notice states, else the configured default period after dispatch.</summary>
public static class PlanDueDates
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>The due date the parser read from a task's deadline phrase; null when it states none.</summary>
    public static DateOnly? For(ParsedNotice notice, string? taskLabel) =>
        taskLabel is null ? null : notice.Tasks.FirstOrDefault(t => string.Equals(t.Label, taskLabel, StringComparison.Ordinal))?.DueDate;

    /// <summary>The date a reminder counts from: the stated one, else dispatch (Vietnam time) plus the default period.</summary>
    public static DateOnly Effective(DateOnly? stated, NoticeRecord notice, int defaultDueDays) =>
        stated ?? DateOnly.FromDateTime((notice.DispatchedAt ?? notice.ReceivedAt).ToOffset(Vietnam).Date).AddDays(defaultDueDays);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(Vietnam).Date);
}
