namespace LangSon.Notify.Core.Receipts;

/// <summary>What the acknowledgement page shows: the notice, the agency, its answer and its tasks' statuses.</summary>
public sealed record AckView(
    string Agency,
    string Notice,
    string Title,
    string? Answer,
    string? AnswerReason,
    IReadOnlyList<AckTaskView> Tasks);
