using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Receipts;
using LangSon.Notify.Core.Storage;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Portal.Monitoring;

/// <summary>
/// Reads a notice's deliveries (summary columns), receipts and dispatch plan once and derives what the notice page and
/// the charts show: progress, the funnel, each agency's answer 01–06 with its tasks' due dates, and overdue tasks.
/// </summary>
internal sealed class MonitoringReader(DeliveryStore deliveries, ReceiptStore receipts, DispatchPlanStore plans, IOptions<ReceiptOptions> options, TimeProvider time)
{
    public async Task<NoticeMonitor> ReadAsync(NoticeRecord notice, CancellationToken cancellationToken)
    {
        var rowsTask = deliveries.ListSummariesAsync(notice.RowKey, cancellationToken);
        var receiptsTask = receipts.ListAsync(notice.RowKey, cancellationToken);
        var planTask = notice.DeliveryCount == 0 ? Task.FromResult<DispatchPlanStore.Loaded?>(null) : plans.GetAsync(notice.RowKey, cancellationToken);
        var rows = await rowsTask.ConfigureAwait(false);
        var states = await receiptsTask.ConfigureAwait(false);
        var plan = await planTask.ConfigureAwait(false);
        return Build(notice, rows, states, plan, PlanDueDates.Today(time), options.Value.DefaultDueDays);
    }

    internal static NoticeMonitor Build(NoticeRecord notice, IReadOnlyList<DeliveryRecord> rows, IReadOnlyList<ReceiptRecord> states, DispatchPlanStore.Loaded? plan, DateOnly today, int defaultDueDays)
    {
        var progress = new DeliveryProgress(
            rows.Count,
            rows.Count(r => r.Status == "queued"),
            rows.Count(r => r.Status == "sending"),
            rows.Count(r => r.Status == "sent"),
            rows.Count(r => r.Status == "failed"),
            rows.Max(r => r.SentAt ?? r.FailedAt));

        var byEntry = states.GroupBy(s => s.EntryId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => AgencyReceipts.Combine(g), StringComparer.Ordinal);
        var dispatch = rows.Where(r => r.Kind is DeliveryKinds.Notice or DeliveryKinds.Resend).ToList();
        var answers = new Dictionary<string, AgencyAnswer>(StringComparer.Ordinal);
        var firstSent = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        int queued = 0, sent = 0, arrived = 0, answered = 0;
        foreach (var entry in dispatch.GroupBy(r => r.EntryId, StringComparer.Ordinal))
        {
            byEntry.TryGetValue(entry.Key, out var combined);
            var answer = ToAnswer(notice, entry.Key, entry.First().AgencyName, combined, plan, today, defaultDueDays);
            answers[entry.Key] = answer;
            queued++;
            var sentTimes = entry.Where(r => r.SentAt is not null).Select(r => r.SentAt!.Value).ToList();
            if (sentTimes.Count > 0)
            {
                sent++;
                firstSent[entry.Key] = sentTimes.Min();
            }

            if (answer.Code is not null)
            {
                arrived++;
            }

            if (answer.Answered)
            {
                answered++;
            }
        }

        // Agencies reached only by reminders or recalls still have answers worth showing.
        foreach (var (entryId, combined) in byEntry.Where(e => !answers.ContainsKey(e.Key)))
        {
            var name = rows.FirstOrDefault(r => r.EntryId == entryId)?.AgencyName ?? entryId;
            answers[entryId] = ToAnswer(notice, entryId, name, combined, plan, today, defaultDueDays);
        }

        var providerStates = states.Where(s => s.ProviderState is not null).ToDictionary(s => s.DeliveryId, s => s.ProviderState!, StringComparer.Ordinal);
        return new NoticeMonitor(notice.RowKey, progress, new Funnel(queued, sent, arrived, answered), answers, providerStates, firstSent);
    }

    private static AgencyAnswer ToAnswer(NoticeRecord notice, string entryId, string agency, AgencyReceipts? combined, DispatchPlanStore.Loaded? plan, DateOnly today, int defaultDueDays)
    {
        var excerpts = plan is not null && plan.Recipients.TryGetValue(entryId, out var recipient) ? recipient.Excerpts : [];
        var refused = combined?.Answer == ReceiptCodes.Refused;
        var tasks = excerpts.Where(e => e.TaskLabel is not null && PlanExcerpt.IsTask(e)).GroupBy(e => e.TaskLabel!, StringComparer.Ordinal).Select(t =>
        {
            var stated = t.Select(e => e.DueDate).FirstOrDefault(d => d is not null);
            TaskProgress? progress = null;
            combined?.Tasks.TryGetValue(t.Key, out progress);
            var due = PlanDueDates.Effective(stated, notice, defaultDueDays);
            return new TaskAnswer(t.Key, progress?.Code, progress?.At, progress?.Note, due, stated is not null,
                Overdue: !refused && due < today && progress?.Code != ReceiptCodes.Done);
        }).ToList();
        return new AgencyAnswer(entryId, agency, combined?.Answer, combined?.AnswerRow?.AnswerAt, combined?.AnswerRow?.AnswerReason, tasks);
    }
}
