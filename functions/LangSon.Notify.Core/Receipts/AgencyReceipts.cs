namespace LangSon.Notify.Core.Receipts;

/// <summary>An agency's receipts over all its deliveries (the notice, reminders, escalations): the furthest answer and each task's furthest status.</summary>
public sealed record AgencyReceipts(ReceiptRecord? AnswerRow, IReadOnlyDictionary<string, TaskProgress> Tasks, IReadOnlyList<string> Alerts)
{
    public string? Answer => AnswerRow?.Answer;

    public static AgencyReceipts Combine(IEnumerable<ReceiptRecord> rows)
    {
        ReceiptRecord? best = null;
        var tasks = new Dictionary<string, TaskProgress>(StringComparer.Ordinal);
        var alerts = new List<string>();
        foreach (var row in rows)
        {
            if (row.Answer is not null && (best is null || ReceiptCodes.Rank(row.Answer) > ReceiptCodes.Rank(best.Answer)
                || (ReceiptCodes.Rank(row.Answer) == ReceiptCodes.Rank(best.Answer) && row.AnswerAt < best.AnswerAt)))
            {
                best = row;
            }

            foreach (var (label, progress) in ReceiptState.ReadTasks(row.Tasks))
            {
                if (!tasks.TryGetValue(label, out var current) || ReceiptCodes.Rank(progress.Code) > ReceiptCodes.Rank(current.Code))
                {
                    tasks[label] = progress;
                }
            }

            if (row.Alert && row.AlertReason is { } reason)
            {
                alerts.Add(reason);
            }
        }

        return new AgencyReceipts(best, tasks, alerts);
    }
}
