using LangSon.Notify.Core.Storage;
using LangSon.Notify.Core.Telemetry;
using Microsoft.Extensions.Logging;

namespace LangSon.Notify.Core.Receipts;

/// <summary>
/// Applies receipt events from every source to the delivery's receipt row, then appends the event under a
/// deterministic key, so each event counts once whatever its order or number of arrivals. The state goes first: if
/// a process dies between the two writes, the retried event re-applies harmlessly and is then kept.
/// </summary>
internal sealed class ReceiptRecorder(ReceiptStore receipts, DeliveryStore deliveries, DeliveryEventWriter events, ILogger<ReceiptRecorder> logger)
{
    public async Task<RecordOutcome> RecordAsync(ReceiptEvent e, CancellationToken cancellationToken)
    {
        var delivery = await deliveries.GetAsync(e.NoticeId, e.DeliveryId, cancellationToken).ConfigureAwait(false);
        if (delivery is null)
        {
            logger.ReceiptUnknownDelivery(e.Source, e.Kind, e.DeliveryId, e.NoticeId);
            return RecordOutcome.UnknownDelivery;
        }

        return await RecordAsync(delivery, e, cancellationToken).ConfigureAwait(false);
    }

    public async Task<RecordOutcome> RecordAsync(DeliveryRecord delivery, ReceiptEvent e, CancellationToken cancellationToken)
    {
        if (e.ProviderMessageId is { Length: > 0 } eventMessageId && delivery.ProviderMessageId is { Length: > 0 } known
            && !eventMessageId.StartsWith(known, StringComparison.Ordinal))
        {
            // SendGrid's sg_message_id starts with the X-Message-Id we recorded; Twilio's MessageSid equals it.
            logger.ReceiptMismatch(e.Source, e.Kind, e.DeliveryId, eventMessageId, known);
            return RecordOutcome.Mismatch;
        }

        await ApplyAsync(delivery, [e], cancellationToken).ConfigureAwait(false);

        if (!await receipts.TryAddEventAsync(e, cancellationToken).ConfigureAwait(false))
        {
            return RecordOutcome.Duplicate;
        }

        Announce(delivery, e);
        return RecordOutcome.Recorded;
    }

    /// <summary>
    /// Several events of one delivery, as a webhook batch brings them: one read-modify-write of the state and one
    /// table transaction for the event rows; if any of them was kept before, each is then added on its own.
    /// </summary>
    public async Task<(int Recorded, int Duplicates, int Ignored)> RecordManyAsync(DeliveryRecord delivery, IReadOnlyList<ReceiptEvent> events, CancellationToken cancellationToken)
    {
        var valid = new List<ReceiptEvent>();
        var ignored = 0;
        foreach (var e in events)
        {
            if (e.ProviderMessageId is { Length: > 0 } id && delivery.ProviderMessageId is { Length: > 0 } known && !id.StartsWith(known, StringComparison.Ordinal))
            {
                logger.ReceiptMismatch(e.Source, e.Kind, e.DeliveryId, id, known);
                ignored++;
            }
            else
            {
                valid.Add(e);
            }
        }

        if (valid.Count == 0)
        {
            return (0, 0, ignored);
        }

        await ApplyAsync(delivery, valid, cancellationToken).ConfigureAwait(false);

        var distinct = valid.DistinctBy(ReceiptStore.EventRowKey, StringComparer.Ordinal).ToList();
        var added = await receipts.TryAddEventsAsync(distinct, cancellationToken).ConfigureAwait(false);
        foreach (var e in added)
        {
            Announce(delivery, e);
        }

        return (added.Count, valid.Count - added.Count, ignored);
    }

    /// <summary>
    /// On-prem, the receiving mail server's acceptance is the last word SMTP gives. Called once per sent email, so the
    /// common case is one insert; the event goes through the batched log, under the same deterministic key.
    /// </summary>
    public async Task RecordSmtpAcceptedAsync(DeliveryRecord delivery, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var e = new ReceiptEvent(delivery.NoticeId, delivery.DeliveryId, "smtp", $"accepted:{delivery.ProviderMessageId}", "accepted", at, Detail: delivery.ProviderMessageId);
        var row = new ReceiptRecord { PartitionKey = e.NoticeId, RowKey = e.DeliveryId, EntryId = delivery.EntryId };
        ReceiptState.Apply(row, e);
        if (!await receipts.TrySaveAsync(row, isNew: true, cancellationToken).ConfigureAwait(false))
        {
            await RecordAsync(delivery, e, cancellationToken).ConfigureAwait(false);
            return;
        }

        events.Append(ReceiptStore.ToEventRecord(e));
    }

    /// <summary>Only the write that moved the answer to 03 (or past it) counts, so each delivery is measured once.</summary>
    private static void RecordTimeToAcknowledge(DeliveryRecord delivery, string? answerBefore, ReceiptRecord row)
    {
        var accepted = ReceiptCodes.Rank(ReceiptCodes.Accepted);
        if (ReceiptCodes.Rank(answerBefore) < accepted && ReceiptCodes.Rank(row.Answer) >= accepted && row.Answer != ReceiptCodes.Refused
            && delivery.SentAt is { } sent && row.AnswerAt is { } at)
        {
            NotifyTelemetry.TimeToAcknowledge.Record(Math.Max(0, (at - sent).TotalSeconds), new KeyValuePair<string, object?>("channel", delivery.Channel));
        }
    }

    /// <summary>Read, apply, write under the ETag; throws when others keep winning, so the event is not kept without its state and the sender retries.</summary>
    private async Task ApplyAsync(DeliveryRecord delivery, IReadOnlyList<ReceiptEvent> events, CancellationToken cancellationToken)
    {
        for (var round = 0; round < 8; round++)
        {
            var row = await receipts.GetAsync(delivery.NoticeId, delivery.DeliveryId, cancellationToken).ConfigureAwait(false);
            var isNew = row is null;
            row ??= new ReceiptRecord { PartitionKey = delivery.NoticeId, RowKey = delivery.DeliveryId, EntryId = delivery.EntryId };
            var answerBefore = row.Answer;
            var changed = false;
            foreach (var e in events)
            {
                changed |= ReceiptState.Apply(row, e);
            }

            if (!changed)
            {
                return;
            }

            if (await receipts.TrySaveAsync(row, isNew, cancellationToken).ConfigureAwait(false))
            {
                RecordTimeToAcknowledge(delivery, answerBefore, row);
                return;
            }
        }

        throw new InvalidOperationException($"The receipt of delivery {delivery.DeliveryId} kept changing while being updated; the event was not kept.");
    }

    private void Announce(DeliveryRecord delivery, ReceiptEvent e)
    {
        var state = e.Kind == "open" ? "opened" : e.Kind;
        if ((e.Source != "agency" && ProviderStates.IsAlert(state)) || (e.Source == "agency" && e.Kind == ReceiptCodes.Refused))
        {
            logger.ReceiptAlert(e.DeliveryId, e.NoticeId, delivery.AgencyName, e.Source, e.Kind, e.Detail);
        }
        else
        {
            logger.ReceiptRecorded(e.Source, e.Kind, e.DeliveryId, e.NoticeId);
        }
    }
}
