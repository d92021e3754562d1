using System.Text;
using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Core.Receipts;

/// <summary>
/// Run by a timer. Queues a reminder before each due date to every agency whose task is not at 06, and for a KHẨN,
/// THƯỢNG KHẨN or HỎA TỐC notice with no 03, escalates one step per period: the email again, then an SMS to the
/// agency's contact, then to its head. Follow-ups are delivery rows whose ids derive from (notice, agency, step),
/// so a step is queued once however often the timer runs or however many instances run it.
/// </summary>
public sealed class DeadlineHandler(
    NoticeStore notices,
    DeliveryStore deliveries,
    DispatchPlanStore plans,
    ReceiptStore receipts,
    IDeliveryQueue queue,
    IOptions<ReceiptOptions> options,
    TimeProvider time,
    ILogger<DeadlineHandler> logger)
{
    /// <summary>Returns how many follow-ups were queued.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var o = options.Value;
        var queued = 0;
        foreach (var notice in await notices.ListAsync(int.MaxValue, cancellationToken).ConfigureAwait(false))
        {
            if (notice.GetStatus() == NoticeStatus.Dispatched && notice.DispatchedAt is { } dispatched && now - dispatched < TimeSpan.FromDays(o.WatchDays))
            {
                queued += await RunAsync(notice, now, cancellationToken).ConfigureAwait(false);
            }
        }

        return queued;
    }

    private async Task<int> RunAsync(NoticeRecord notice, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var plan = await plans.GetAsync(notice.RowKey, cancellationToken).ConfigureAwait(false);
        if (plan is null)
        {
            return 0;
        }

        var o = options.Value;
        var rows = await deliveries.ListAsync(notice.RowKey, cancellationToken).ConfigureAwait(false);
        var existing = rows.ToDictionary(r => r.DeliveryId, StringComparer.Ordinal);
        var states = (await receipts.ListAsync(notice.RowKey, cancellationToken).ConfigureAwait(false)).ToDictionary(r => r.DeliveryId, StringComparer.Ordinal);
        var urgent = IsUrgent(plan.Plan.Document.Urgency);
        var today = PlanDueDates.Today(time);
        var added = new List<DeliveryRecord>();

        foreach (var group in rows.GroupBy(r => r.EntryId, StringComparer.Ordinal))
        {
            if (!plan.Recipients.TryGetValue(group.Key, out var recipient))
            {
                continue;
            }

            var agency = AgencyReceipts.Combine(group.Select(d => states.GetValueOrDefault(d.DeliveryId)).OfType<ReceiptRecord>());
            if (agency.Answer == ReceiptCodes.Refused)
            {
                continue;
            }

            var email = group.FirstOrDefault(d => d.Kind == DeliveryKinds.Notice && d.Channel == "email" && d.Address.Length > 0)?.Address;
            foreach (var due in recipient.Excerpts.Where(e => e.TaskLabel is not null && PlanExcerpt.IsTask(e))
                .GroupBy(e => PlanDueDates.Effective(e.DueDate, notice, o.DefaultDueDays)))
            {
                var pending = due.Select(e => e.TaskLabel!).Distinct(StringComparer.Ordinal)
                    .Where(label => !agency.Tasks.TryGetValue(label, out var p) || p.Code != ReceiptCodes.Done).ToList();
                if (pending.Count > 0 && today >= due.Key.AddDays(-o.ReminderDaysBefore))
                {
                    Add(added, existing, notice, recipient, DeliveryKinds.Reminder, $"reminder-{due.Key:yyyyMMdd}", "email", email, string.Join(", ", pending), now);
                }
            }

            if (urgent && ReceiptCodes.Rank(agency.Answer) < ReceiptCodes.Rank(ReceiptCodes.Accepted))
            {
                Escalate(added, existing, notice, recipient, email, now);
            }
        }

        if (added.Count == 0)
        {
            return 0;
        }

        await deliveries.AddMissingAsync(notice.RowKey, added, cancellationToken).ConfigureAwait(false);
        var messages = added.Where(d => d.GetStatus() == DeliveryStatus.Queued).Select(d => new DeliveryMessage(d.NoticeId, d.DeliveryId)).ToList();
        await queue.EnqueueAsync(messages, cancellationToken).ConfigureAwait(false);
        return added.Count;
    }

    /// <summary>One step per period: the first a period after dispatch, each next a period after the previous one was queued.</summary>
    private void Escalate(List<DeliveryRecord> added, Dictionary<string, DeliveryRecord> existing, NoticeRecord notice, PlanRecipient recipient, string? email, DateTimeOffset now)
    {
        var mobiles = recipient.Mobiles ?? [];
        (string Step, string Channel, string? Address)[] steps =
        [
            ("escalation-1-email", "email", email),
            ("escalation-2-sms-contact", "sms", mobiles.ElementAtOrDefault(0)),
            ("escalation-3-sms-head", "sms", mobiles.ElementAtOrDefault(1)),
        ];
        var since = notice.DispatchedAt ?? notice.ReceivedAt;
        foreach (var (step, channel, address) in steps)
        {
            if (existing.TryGetValue(NoticeIds.ForDelivery(notice.RowKey, recipient.EntryId, step), out var done))
            {
                since = done.CreatedAt;
                continue;
            }

            if (now - since >= options.Value.EscalateAfter)
            {
                Add(added, existing, notice, recipient, DeliveryKinds.Escalation, step, channel, address, null, now);
            }

            return;
        }
    }

    private void Add(List<DeliveryRecord> added, Dictionary<string, DeliveryRecord> existing, NoticeRecord notice, PlanRecipient recipient, string kind, string step, string channel, string? address, string? labels, DateTimeOffset now)
    {
        var id = NoticeIds.ForDelivery(notice.RowKey, recipient.EntryId, step);
        if (existing.ContainsKey(id))
        {
            return;
        }

        var row = new DeliveryRecord
        {
            PartitionKey = notice.RowKey,
            RowKey = id,
            EntryId = recipient.EntryId,
            AgencyName = recipient.Name,
            Kind = kind,
            Channel = channel,
            Address = address ?? "",
            ExcerptLabels = labels,
            CreatedAt = now,
        };
        if (string.IsNullOrWhiteSpace(address))
        {
            // Visible, like a notice delivery with no address: the clerk sees who could not be reached.
            var problem = channel == "sms" ? "the directory has no mobile number for this step" : "the agency has no email address";
            row.Status = DeliveryStatus.Failed.ToName();
            row.Reason = $"{step}: {problem}";
            row.FailedAt = now;
            logger.FollowUpUnaddressed(step, recipient.Name, notice.RowKey, problem);
        }
        else
        {
            logger.FollowUpQueued(kind, step, recipient.Name, notice.RowKey, id);
        }

        existing[id] = row;
        added.Add(row);
    }

    /// <summary>KHẨN, THƯỢNG KHẨN, HỎA TỐC (also HOẢ TỐC, and "Độ khẩn: …").</summary>
    public static bool IsUrgent(string? urgency)
    {
        if (string.IsNullOrWhiteSpace(urgency))
        {
            return false;
        }

        var text = urgency.Normalize(NormalizationForm.FormC).ToUpperInvariant();
        return text.Contains("KHẨN", StringComparison.Ordinal) || text.Contains("TỐC", StringComparison.Ordinal);
    }
}
