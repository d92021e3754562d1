using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Storage;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Core.Receipts;

/// <summary>One reader for every status view (CLI, self-host API, Functions API), so they always agree.</summary>
public sealed class ReceiptReader(NoticeStore notices, DeliveryStore deliveries, DispatchPlanStore plans, ReceiptStore receipts, IOptions<ReceiptOptions> options)
{
    /// <summary>A reader over <paramref name="storage"/> for a tool without the hosts' services (the CLI's status); it only reads.</summary>
    public static ReceiptReader Create(NotifyStorage storage, ReceiptOptions options)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var deliveries = new DeliveryStore(storage, new DeliveryEventWriter(storage, Microsoft.Extensions.Logging.Abstractions.NullLogger<DeliveryEventWriter>.Instance), TimeProvider.System);
        return new ReceiptReader(new NoticeStore(storage), deliveries, new DispatchPlanStore(storage), new ReceiptStore(storage), Options.Create(options));
    }

    public async Task<NoticeReceiptsView?> ReadAsync(string noticeId, CancellationToken cancellationToken)
    {
        var notice = await notices.GetAsync(noticeId, cancellationToken).ConfigureAwait(false);
        if (notice is null)
        {
            return null;
        }

        var rows = await deliveries.ListAsync(noticeId, cancellationToken).ConfigureAwait(false);
        var states = (await receipts.ListAsync(noticeId, cancellationToken).ConfigureAwait(false)).ToDictionary(r => r.DeliveryId, StringComparer.Ordinal);
        var plan = rows.Count == 0 ? null : await plans.GetAsync(noticeId, cancellationToken).ConfigureAwait(false);
        var agencies = new List<AgencyReceiptView>();
        foreach (var group in rows.GroupBy(r => r.EntryId, StringComparer.Ordinal).OrderBy(g => g.First().AgencyName, StringComparer.Ordinal))
        {
            var mine = group.Select(d => states.GetValueOrDefault(d.DeliveryId)).OfType<ReceiptRecord>().ToList();
            var combined = AgencyReceipts.Combine(mine);
            var excerpts = plan is not null && plan.Recipients.TryGetValue(group.Key, out var recipient) ? recipient.Excerpts : [];
            var tasks = excerpts.Where(e => e.TaskLabel is not null && PlanExcerpt.IsTask(e)).GroupBy(e => e.TaskLabel!, StringComparer.Ordinal).Select(t =>
            {
                var stated = t.Select(e => e.DueDate).FirstOrDefault(d => d is not null);
                combined.Tasks.TryGetValue(t.Key, out var progress);
                return new TaskReceiptView(t.Key, progress?.Code, ReceiptCodes.Label(progress?.Code), progress?.At, progress?.Note,
                    PlanDueDates.Effective(stated, notice, options.Value.DefaultDueDays), stated is not null);
            }).ToList();
            var failures = group.Where(d => d.GetStatus() == DeliveryStatus.Failed).Select(d => $"{d.Channel} {d.Kind}: {d.Reason}");
            var alerts = combined.Alerts.Concat(failures).ToList();
            agencies.Add(new AgencyReceiptView(
                group.Key,
                group.First().AgencyName,
                combined.Answer,
                ReceiptCodes.Label(combined.Answer),
                combined.AnswerRow?.AnswerAt,
                combined.AnswerRow?.AnswerReason,
                alerts.Count > 0,
                alerts,
                group.OrderBy(d => d.CreatedAt).ThenBy(d => d.Channel, StringComparer.Ordinal).Select(d =>
                {
                    var state = states.GetValueOrDefault(d.DeliveryId);
                    return new ChannelReceiptView(d.DeliveryId, d.Kind, d.Channel, d.Address, d.Status, d.Reason, d.SentAt, state?.ProviderState, state?.ProviderAt, state?.ProviderDetail, state?.Alert ?? false);
                }).ToList(),
                tasks));
        }

        return new NoticeReceiptsView(
            noticeId,
            notice.Status,
            notice.Number ?? (notice.Symbol is null ? null : $"…/{notice.Symbol}"),
            notice.Title,
            plan?.Plan.Document.Urgency,
            notice.DispatchedAt,
            agencies.Count(a => a.Alert),
            agencies);
    }
}
