using LangSon.Notify.Core.Channels;
using LangSon.Notify.Core.Channels.Email;
using LangSon.Notify.Core.Channels.Pause;
using LangSon.Notify.Core.Channels.Sms;
using LangSon.Notify.Core.Privacy;
using LangSon.Notify.Core.Receipts;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Core.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>
/// Sends one delivery. The row is the truth: a final row makes the message a no-op, and a worker must claim the row
/// (queued → sending, guarded by its ETag) before sending, so two workers never both send. A claim left by a worker
/// that died is taken over once its lease expires.
/// </summary>
internal sealed class DeliveryHandler(
    DeliveryStore deliveries,
    DispatchPlanStore plans,
    EmailComposer emailComposer,
    SmsComposer smsComposer,
    IEmailSender emailSender,
    ISmsSender smsSender,
    ReceiptRecorder receipts,
    UnsavedSends unsaved,
    ChannelPauseStore pauses,
    IOptions<DispatchOptions> options,
    TimeProvider time,
    ILogger<DeliveryHandler> logger) : IDeliveryHandler
{
    private static readonly string Worker = $"{Environment.MachineName}:{Environment.ProcessId}";

    public async Task HandleAsync(DeliveryMessage message, long dequeueCount, CancellationToken cancellationToken)
    {
        using var activity = NotifyTelemetry.StartFrom("delivery.send", message.TraceParent);
        activity?.SetTag("notify.notice_id", message.NoticeId);
        activity?.SetTag("notify.delivery_id", message.DeliveryId);
        var probe = await WaitWhilePausedAsync(message, cancellationToken).ConfigureAwait(false);
        var row = await ClaimAsync(message, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return;
        }

        activity?.SetTag("notify.channel", row.Channel);
        activity?.SetTag("notify.attempt", row.Attempts);
        NotifyTelemetry.QueueAge.Record((time.GetUtcNow() - row.CreatedAt).TotalSeconds, new KeyValuePair<string, object?>("channel", row.Channel));
        var started = time.GetTimestamp();
        SendOutcome outcome;
        try
        {
            outcome = await SendAsync(row, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: hand the claim back so the next worker need not wait for the lease.
            await ReleaseAsync(row, "send cancelled by shutdown", CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        catch (Exception ex)
        {
            outcome = SendOutcome.Transient($"{ex.GetType().Name}: {ex.Message}");
        }

        NotifyTelemetry.SendDuration.Record(time.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("channel", row.Channel));
        var final = outcome.Status switch
        {
            SendStatus.Sent => "sent",
            SendStatus.Permanent => "failed",
            SendStatus.Paused => "paused",
            _ => row.Attempts >= options.Value.MaxAttempts ? "failed" : "retry",
        };
        NotifyTelemetry.Deliveries.Add(1, new KeyValuePair<string, object?>("status", final), new KeyValuePair<string, object?>("channel", row.Channel));
        activity?.SetTag("notify.outcome", final);
        if (final != "sent")
        {
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, PersonalData.Mask(outcome.Reason));
        }

        if ((outcome.Status is SendStatus.Sent or SendStatus.Permanent) && (probe || await pauses.GetAsync(row.Channel, cancellationToken).ConfigureAwait(false) is not null))
        {
            // The provider answered past authentication: whatever paused the channel is fixed.
            await pauses.ResumeAsync(row.Channel, $"delivery {row.DeliveryId} got through ({final})", cancellationToken).ConfigureAwait(false);
        }

        await RecordAsync(row, outcome, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Defers the delivery (a <see cref="TransientDeliveryException"/> with the time left) while its channel is paused,
    /// without claiming it or counting an attempt. Once the pause period is over, exactly one delivery goes through as
    /// the probe (true); the rest keep waiting. Costs nothing while no channel is paused.
    /// </summary>
    private async Task<bool> WaitWhilePausedAsync(DeliveryMessage message, CancellationToken cancellationToken)
    {
        var paused = await pauses.ListAsync(cancellationToken).ConfigureAwait(false);
        if (paused.Count == 0)
        {
            return false;
        }

        var row = await deliveries.GetAsync(message.NoticeId, message.DeliveryId, cancellationToken).ConfigureAwait(false);
        if (row is null || row.GetStatus().IsFinal() || paused.FirstOrDefault(p => p.RowKey == row.Channel) is not { } pause)
        {
            return false;
        }

        var now = time.GetUtcNow();
        if (pause.ProbeAt <= now && await pauses.TryTakeProbeAsync(row.Channel, cancellationToken).ConfigureAwait(false))
        {
            logger.ChannelProbe(row.Channel, row.DeliveryId);
            return true;
        }

        // Look again when the probe is due, or soon after another worker took it, in case its probe succeeds.
        var soon = TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerSecond, pauses.PauseDuration.Ticks / 10));
        var wait = pause.ProbeAt - now > soon ? pause.ProbeAt - now : soon;
        throw new TransientDeliveryException(row.DeliveryId, $"channel {row.Channel} paused: {pause.Reason}", wait);
    }

    public async Task HandlePoisonAsync(DeliveryMessage message, string reason, CancellationToken cancellationToken)
    {
        var row = await deliveries.GetAsync(message.NoticeId, message.DeliveryId, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            logger.DeliveryMissing(message.DeliveryId, message.NoticeId);
            return;
        }

        if (row.GetStatus().IsFinal())
        {
            return;
        }

        if (unsaved.TryGet(row.NoticeId, row.DeliveryId, out var send))
        {
            // Sent, only not recorded: the message gave up on the write, not on the send.
            await RecordUnsavedAsync(row, send, cancellationToken).ConfigureAwait(false);
            return;
        }

        var detail = row.Reason is null ? reason : $"{reason}; last error: {row.Reason}";
        logger.DeliveryPoisoned(row.DeliveryId, row.NoticeId, detail);
        await FailAsync(row, detail, "poison", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The claimed row, or null when there is nothing to do. Throws <see cref="TransientDeliveryException"/> when another live worker holds it.</summary>
    private async Task<DeliveryRecord?> ClaimAsync(DeliveryMessage message, CancellationToken cancellationToken)
    {
        for (var round = 0; round < 3; round++)
        {
            var row = await deliveries.GetAsync(message.NoticeId, message.DeliveryId, cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                logger.DeliveryMissing(message.DeliveryId, message.NoticeId);
                return null;
            }

            var status = row.GetStatus();
            if (status.IsFinal())
            {
                logger.DeliveryAlreadyFinal(row.DeliveryId, row.NoticeId, row.Status);
                return null;
            }

            if (unsaved.TryGet(row.NoticeId, row.DeliveryId, out var send))
            {
                // This process sent it but could not write that down: write it now instead of sending again.
                await RecordUnsavedAsync(row, send, cancellationToken).ConfigureAwait(false);
                return null;
            }

            var now = time.GetUtcNow();
            if (status == DeliveryStatus.Sending && row.ClaimedAt + options.Value.ClaimLease > now)
            {
                logger.DeliveryBusy(row.DeliveryId, row.NoticeId, row.ClaimedBy);
                throw new TransientDeliveryException(row.DeliveryId, $"being sent by {row.ClaimedBy}");
            }

            if (row.Attempts >= options.Value.MaxAttempts)
            {
                await FailAsync(row, $"gave up after {row.Attempts} attempts; last error: {row.Reason ?? "none recorded"}", "failed", cancellationToken).ConfigureAwait(false);
                return null;
            }

            var takeover = status == DeliveryStatus.Sending;
            row.Status = DeliveryStatus.Sending.ToName();
            row.ClaimedAt = now;
            row.ClaimedBy = Worker;
            row.Attempts++;
            if (await deliveries.TryReplaceAsync(row, cancellationToken).ConfigureAwait(false))
            {
                if (takeover)
                {
                    // A plain claim lives on the row (ClaimedAt/ClaimedBy); a takeover is worth an event, since it may mean a duplicate.
                    deliveries.AppendEvent(row, "taken-over", $"lease of the previous worker expired", Worker);
                }

                return row;
            }
        }

        throw new TransientDeliveryException(message.DeliveryId, "the row kept changing while being claimed");
    }

    private async Task<SendOutcome> SendAsync(DeliveryRecord row, CancellationToken cancellationToken)
    {
        var loaded = await plans.GetAsync(row.NoticeId, cancellationToken).ConfigureAwait(false);
        if (loaded is null || !loaded.Recipients.TryGetValue(row.EntryId, out var recipient))
        {
            return SendOutcome.Permanent($"no dispatch plan for recipient {row.EntryId} of notice {row.NoticeId}");
        }

        Func<SendCommit, Task<SendOutcome>> send;
        switch (row.Channel)
        {
            case "email":
                var email = await emailComposer.ComposeAsync(loaded.Plan, recipient, row, cancellationToken).ConfigureAwait(false);
                send = commit => emailSender.SendAsync(email, commit, cancellationToken);
                break;
            case "sms":
                var sms = await smsComposer.ComposeAsync(loaded.Plan, recipient, row).ConfigureAwait(false);
                send = commit => smsSender.SendAsync(sms, commit, cancellationToken);
                break;
            default:
                return SendOutcome.Permanent($"unsupported channel '{row.Channel}'");
        }

        // A send past its point of no return whose answer has not reached the journal is one a crash could repeat:
        // the commit bounds how many there are at once, and is left only after the journal line below.
        using var commit = unsaved.Commit(row.Channel);
        var outcome = await send(commit).ConfigureAwait(false);
        if (outcome.Status == SendStatus.Sent)
        {
            row.SentAt = time.GetUtcNow();
            unsaved.Sending(row.NoticeId, row.DeliveryId, new UnsavedSend(outcome.ProviderMessageId, row.SentAt.Value, row.Attempts));
        }

        return outcome;
    }

    private async Task RecordAsync(DeliveryRecord row, SendOutcome outcome, CancellationToken cancellationToken)
    {
        switch (outcome.Status)
        {
            case SendStatus.Sent:
                row.Status = DeliveryStatus.Sent.ToName();
                row.SentAt ??= time.GetUtcNow();
                row.ProviderMessageId = outcome.ProviderMessageId;
                row.Reason = null;
                var send = new UnsavedSend(outcome.ProviderMessageId, row.SentAt.Value, row.Attempts);
                try
                {
                    await SaveFinalAsync(row, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception)
                {
                    // The mail is out; remember that so no retry or takeover in this process sends it again.
                    unsaved.Remember(row.NoticeId, row.DeliveryId, send);
                    throw;
                }

                unsaved.Saved(row.NoticeId, row.DeliveryId);

                deliveries.AppendEvent(row, "sent", outcome.ProviderMessageId, Worker);
                if (row.Channel == "email" && emailSender is SmtpEmailSender)
                {
                    // SMTP gives no later receipts: the receiving server's acceptance is the arrival (01).
                    await receipts.RecordSmtpAcceptedAsync(row, row.SentAt.Value, cancellationToken).ConfigureAwait(false);
                }

                logger.DeliverySent(row.DeliveryId, row.NoticeId, row.Channel, row.AgencyName, outcome.ProviderMessageId, row.Attempts);
                return;

            case SendStatus.Paused:
            {
                // The channel failed, not the delivery: hand it back uncounted, pause the channel, and wait out the pause.
                var refused = outcome.Reason ?? "the provider refused the channel's credentials";
                row.Attempts--;
                row.Status = DeliveryStatus.Queued.ToName();
                row.Reason = $"waiting: channel {row.Channel} paused: {refused}";
                row.ClaimedAt = null;
                row.ClaimedBy = null;
                if (await deliveries.TryReplaceAsync(row, cancellationToken).ConfigureAwait(false))
                {
                    deliveries.AppendEvent(row, "paused", refused, Worker);
                }

                await pauses.PauseAsync(row.Channel, PersonalData.Mask(refused), ChannelPauseSources.Provider, cancellationToken).ConfigureAwait(false);
                throw new TransientDeliveryException(row.DeliveryId, $"channel {row.Channel} paused: {refused}", pauses.PauseDuration);
            }

            case SendStatus.Permanent:
                await FailAsync(row, outcome.Reason ?? "rejected by the provider", "failed", cancellationToken).ConfigureAwait(false);
                return;

            default:
                var reason = outcome.Reason ?? "transient failure";
                if (row.Attempts >= options.Value.MaxAttempts)
                {
                    await FailAsync(row, $"gave up after {row.Attempts} attempts; last error: {reason}", "failed", cancellationToken).ConfigureAwait(false);
                    return;
                }

                logger.DeliveryRetry(row.DeliveryId, row.NoticeId, row.Attempts, reason);
                await ReleaseAsync(row, reason, cancellationToken).ConfigureAwait(false);
                throw new TransientDeliveryException(row.DeliveryId, reason, outcome.RetryAfter, row.Attempts);
        }
    }

    /// <summary>Writes every send this process could not record yet; returns how many it wrote. Run by the recovery sweep.</summary>
    public async Task<int> RecordUnsavedAsync(CancellationToken cancellationToken)
    {
        var written = 0;
        foreach (var (noticeId, deliveryId) in unsaved.Keys)
        {
            if (!unsaved.TryGet(noticeId, deliveryId, out var send))
            {
                continue;
            }

            var row = await deliveries.GetAsync(noticeId, deliveryId, cancellationToken).ConfigureAwait(false);
            if (row is null || row.GetStatus().IsFinal())
            {
                unsaved.Forget(noticeId, deliveryId);
                continue;
            }

            await RecordUnsavedAsync(row, send, cancellationToken).ConfigureAwait(false);
            written++;
        }

        return written;
    }

    private async Task RecordUnsavedAsync(DeliveryRecord row, UnsavedSend send, CancellationToken cancellationToken)
    {
        row.Status = DeliveryStatus.Sent.ToName();
        row.SentAt = send.SentAt;
        row.ProviderMessageId = send.ProviderMessageId;
        row.Reason = null;
        row.Attempts = Math.Max(row.Attempts, send.Attempt);
        await SaveFinalAsync(row, cancellationToken).ConfigureAwait(false);
        unsaved.Forget(row.NoticeId, row.DeliveryId);
        deliveries.AppendEvent(row, "sent", $"{send.ProviderMessageId} (recorded after a storage failure)", Worker);
        if (row.Channel == "email" && emailSender is SmtpEmailSender)
        {
            await receipts.RecordSmtpAcceptedAsync(row, send.SentAt, cancellationToken).ConfigureAwait(false);
        }

        logger.DeliverySent(row.DeliveryId, row.NoticeId, row.Channel, row.AgencyName, send.ProviderMessageId, row.Attempts);
    }

    private async Task ReleaseAsync(DeliveryRecord row, string reason, CancellationToken cancellationToken)
    {
        row.Status = DeliveryStatus.Queued.ToName();
        row.QueuedAt = time.GetUtcNow();
        row.Reason = $"attempt {row.Attempts}: {reason}";
        row.ClaimedAt = null;
        row.ClaimedBy = null;
        if (await deliveries.TryReplaceAsync(row, cancellationToken).ConfigureAwait(false))
        {
            deliveries.AppendEvent(row, "retry", reason, Worker);
        }
    }

    private async Task FailAsync(DeliveryRecord row, string reason, string kind, CancellationToken cancellationToken)
    {
        row.Status = DeliveryStatus.Failed.ToName();
        row.Reason = reason;
        row.FailedAt = time.GetUtcNow();
        await SaveFinalAsync(row, cancellationToken).ConfigureAwait(false);
        deliveries.AppendEvent(row, kind, reason, Worker);
        logger.DeliveryFailed(row.DeliveryId, row.NoticeId, reason);
    }

    /// <summary>A final outcome always lands: if another worker took the row over meanwhile, the outcome is written over its claim.</summary>
    private async Task SaveFinalAsync(DeliveryRecord row, CancellationToken cancellationToken)
    {
        for (var round = 0; round < 5; round++)
        {
            if (await deliveries.TryReplaceAsync(row, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            var current = await deliveries.GetAsync(row.NoticeId, row.DeliveryId, cancellationToken).ConfigureAwait(false);
            if (current is null || current.GetStatus().IsFinal())
            {
                return;
            }

            logger.DeliveryLeaseLost(row.DeliveryId);
            row.ETag = current.ETag;
            row.Attempts = Math.Max(row.Attempts, current.Attempts);
        }
    }
}
