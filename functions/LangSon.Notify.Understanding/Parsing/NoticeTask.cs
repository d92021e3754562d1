namespace LangSon.Notify.Understanding.Parsing;

/// <summary>A numbered task: "(1)", "1.", "a)", "-", or "Điều 3.".</summary>
/// <param name="Label">The label as printed.</param>
/// <param name="Section">The label of the enclosing section, when any.</param>
/// <param name="Text">The full text of the task, continuation paragraphs included.</param>
/// <param name="Deadline">The deadline phrase when the task states one ("trước ngày 30/7/2020").</param>
public sealed record NoticeTask(
    string Label,
    string? Section,
    string Text,
    string? Deadline,
    IReadOnlyList<TaskAgency> Agencies)
{
    /// <summary>The day the deadline falls on; null when the task states none or only a recurrence ("thường xuyên").</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>Directive (it asks someone to act) or descriptive (context, results, difficulties).</summary>
    public TaskKind Kind { get; init; }
}
