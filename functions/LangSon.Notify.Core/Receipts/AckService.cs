using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Storage;

namespace LangSon.Notify.Core.Receipts;

/// <summary>
/// The agency's side of a link. Opening only reads (mail scanners follow links); answering records 02 with a reason,
/// 03, or 04–06 for one of the agency's tasks. Each status is recorded once: repeating it, or going back, changes nothing.
/// </summary>
internal sealed class AckService(AckTokens tokens, DeliveryStore deliveries, DispatchPlanStore plans, ReceiptStore receipts, ReceiptRecorder recorder, TimeProvider time) : IAckService
{
    public async Task<AckOutcome> OpenAsync(string token, CancellationToken cancellationToken)
    {
        var (delivery, plan, problem) = await LoadAsync(token, cancellationToken).ConfigureAwait(false);
        if (delivery is null || plan is null)
        {
            return problem!;
        }

        return new AckOutcome(200, "", await ViewAsync(delivery, plan, cancellationToken).ConfigureAwait(false));
    }

    public async Task<AckOutcome> AnswerAsync(string token, string? status, string? reason, string? task, string? note, CancellationToken cancellationToken)
    {
        var (delivery, plan, problem) = await LoadAsync(token, cancellationToken).ConfigureAwait(false);
        if (delivery is null || plan is null)
        {
            return problem!;
        }

        var view = await ViewAsync(delivery, plan, cancellationToken).ConfigureAwait(false);
        status = status?.Trim();
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        string key;
        if (status is ReceiptCodes.Refused or ReceiptCodes.Accepted)
        {
            if (status == ReceiptCodes.Refused && reason is null)
            {
                return new AckOutcome(400, "Xin ghi rõ lý do từ chối tiếp nhận.", view);
            }

            if (ReceiptCodes.Rank(view.Answer) >= ReceiptCodes.Rank(status))
            {
                return new AckOutcome(200, $"Cơ quan đã trả lời trước đó: {view.Answer} {ReceiptCodes.Label(view.Answer)}. Không ghi nhận thêm.", view);
            }

            key = $"answer:{status}";
            task = null;
        }
        else if (status is not null && ReceiptCodes.IsTask(status))
        {
            var current = view.Tasks.FirstOrDefault(t => string.Equals(t.Label, task, StringComparison.Ordinal));
            if (current is null)
            {
                return new AckOutcome(400, view.Tasks.Count == 0 ? "Văn bản không giao nhiệm vụ nào cho cơ quan." : "Xin chọn một nhiệm vụ của cơ quan.", view);
            }

            if (view.Answer == ReceiptCodes.Refused)
            {
                return new AckOutcome(409, "Cơ quan đã từ chối tiếp nhận văn bản này.", view);
            }

            if (ReceiptCodes.Rank(current.Code) >= ReceiptCodes.Rank(status))
            {
                return new AckOutcome(200, $"Nhiệm vụ mục {task} đã ở trạng thái {current.Code} {ReceiptCodes.Label(current.Code)}. Không ghi nhận thêm.", view);
            }

            key = $"task:{task}:{status}";
            reason = note;
        }
        else
        {
            return new AckOutcome(400, "Trạng thái không hợp lệ: chọn 02, 03, 04, 05 hoặc 06.", view);
        }

        var e = new ReceiptEvent(delivery.NoticeId, delivery.DeliveryId, "agency", key, status, time.GetUtcNow(), task, reason);
        var outcome = await recorder.RecordAsync(delivery, e, cancellationToken).ConfigureAwait(false);
        var after = await ViewAsync(delivery, plan, cancellationToken).ConfigureAwait(false);
        var what = task is null ? $"{status} {ReceiptCodes.Label(status)}" : $"mục {task}: {status} {ReceiptCodes.Label(status)}";
        return outcome == RecordOutcome.Recorded
            ? new AckOutcome(200, $"Đã ghi nhận: {what}.", after)
            : new AckOutcome(200, $"Trạng thái {what} đã được ghi nhận trước đó.", after);
    }

    private async Task<(DeliveryRecord? Delivery, DispatchPlanStore.Loaded? Plan, AckOutcome? Problem)> LoadAsync(string token, CancellationToken cancellationToken)
    {
        var read = tokens.Read(token);
        if (!read.IsValid)
        {
            return (null, null, new AckOutcome(403, read.Problem!, null));
        }

        var delivery = await deliveries.GetAsync(read.NoticeId!, read.DeliveryId!, cancellationToken).ConfigureAwait(false);
        var plan = delivery is null ? null : await plans.GetAsync(delivery.NoticeId, cancellationToken).ConfigureAwait(false);
        return delivery is null || plan is null ? (null, null, new AckOutcome(404, "Không tìm thấy văn bản của liên kết này.", null)) : (delivery, plan, null);
    }

    private async Task<AckView> ViewAsync(DeliveryRecord delivery, DispatchPlanStore.Loaded plan, CancellationToken cancellationToken)
    {
        // The agency's answer over all its deliveries of the notice: a reminder's link shows what the first mail's link recorded.
        var agency = AgencyReceipts.Combine((await receipts.ListAsync(delivery.NoticeId, cancellationToken).ConfigureAwait(false))
            .Where(r => string.Equals(r.EntryId, delivery.EntryId, StringComparison.Ordinal)));
        var progress = agency.Tasks;
        var labels = plan.Recipients.TryGetValue(delivery.EntryId, out var recipient)
            ? recipient.Excerpts.Where(PlanExcerpt.IsTask).Select(e => e.TaskLabel).OfType<string>().Distinct(StringComparer.Ordinal).ToList()
            : [];
        var doc = plan.Plan.Document;
        return new AckView(
            delivery.AgencyName,
            $"{doc.Type ?? "Văn bản"} số {doc.DisplayNumber}",
            doc.Title ?? "",
            agency.Answer,
            agency.AnswerRow?.AnswerReason,
            labels.Select(l => progress.TryGetValue(l, out var p) ? new AckTaskView(l, p.Code, p.Note) : new AckTaskView(l, null, null)).ToList());
    }
}
