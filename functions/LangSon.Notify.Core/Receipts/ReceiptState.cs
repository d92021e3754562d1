using System.Text.Json;

namespace LangSon.Notify.Core.Receipts;

/// <summary>
/// Applies an event to a receipt row. A state only moves forward: a late, repeated or out-of-order event changes
/// nothing it would move backwards, so applying the same events in any order gives the same row.
/// </summary>
internal static class ReceiptState
{
    /// <summary>True when the row changed.</summary>
    public static bool Apply(ReceiptRecord row, ReceiptEvent e)
    {
        var changed = e.Source == "agency" ? ApplyAnswer(row, e) : ApplyProvider(row, e);
        if (changed)
        {
            row.UpdatedAt = Max(row.UpdatedAt, e.At);
        }

        return changed;
    }

    public static IReadOnlyDictionary<string, TaskProgress> ReadTasks(string? json) =>
        string.IsNullOrEmpty(json) ? new Dictionary<string, TaskProgress>(StringComparer.Ordinal)
            : JsonSerializer.Deserialize<Dictionary<string, TaskProgress>>(json) ?? new Dictionary<string, TaskProgress>(StringComparer.Ordinal);

    private static bool ApplyProvider(ReceiptRecord row, ReceiptEvent e)
    {
        var changed = false;
        var state = e.Kind == "open" ? "opened" : e.Kind;
        if (e.Kind == "open" && e.MachineOpen)
        {
            // A privacy proxy fetched the images: proof of nothing beyond delivery.
            if (row.MachineOpenAt is null || e.At < row.MachineOpenAt)
            {
                row.MachineOpenAt = e.At;
                changed = true;
            }

            state = "delivered";
        }

        if (ProviderStates.Rank(state) > ProviderStates.Rank(row.ProviderState))
        {
            row.ProviderState = state;
            row.ProviderAt = e.At;
            row.ProviderDetail = Trim(e.Detail);
            changed = true;
        }

        if (ProviderStates.IsAlert(state) && !row.Alert)
        {
            row.Alert = true;
            row.AlertReason = Trim($"{e.Source} {state}" + (e.Detail is { Length: > 0 } ? $": {e.Detail}" : ""));
            changed = true;
        }

        if (ProviderStates.MeansArrived(state) && row.Answer is null)
        {
            row.Answer = ReceiptCodes.Arrived;
            row.AnswerAt = e.At;
            changed = true;
        }

        return changed;
    }

    private static bool ApplyAnswer(ReceiptRecord row, ReceiptEvent e)
    {
        if (ReceiptCodes.IsAnswer(e.Kind))
        {
            if (ReceiptCodes.Rank(e.Kind) <= ReceiptCodes.Rank(row.Answer))
            {
                return false;
            }

            row.Answer = e.Kind;
            row.AnswerAt = e.At;
            row.AnswerReason = Trim(e.Detail);
            if (e.Kind == ReceiptCodes.Refused)
            {
                row.Alert = true;
                row.AlertReason = Trim($"02 từ chối tiếp nhận: {e.Detail}");
            }

            return true;
        }

        if (!ReceiptCodes.IsTask(e.Kind) || e.Task is null || row.Answer == ReceiptCodes.Refused)
        {
            return false;
        }

        var tasks = new Dictionary<string, TaskProgress>(ReadTasks(row.Tasks), StringComparer.Ordinal);
        if (tasks.TryGetValue(e.Task, out var current) && ReceiptCodes.Rank(e.Kind) <= ReceiptCodes.Rank(current.Code))
        {
            return false;
        }

        tasks[e.Task] = new TaskProgress(e.Kind, e.At, Trim(e.Detail));
        row.Tasks = JsonSerializer.Serialize(tasks);
        if (ReceiptCodes.Rank(row.Answer) < ReceiptCodes.Rank(ReceiptCodes.Accepted))
        {
            // Working on a task means the notice was accepted.
            row.Answer = ReceiptCodes.Accepted;
            row.AnswerAt = e.At;
        }

        return true;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static string? Trim(string? value) => value is { Length: > 1000 } ? value[..1000] : value;
}
