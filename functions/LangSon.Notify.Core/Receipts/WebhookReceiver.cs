using System.Globalization;
using LangSon.Notify.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Core.Receipts;

/// <summary>
/// The provider webhooks, independent of the host: verify the signature first, then parse, then record. A refused
/// request is logged without its body and changes nothing; an event for an unknown delivery is answered 2xx so the
/// provider stops retrying, and logged.
/// </summary>
internal sealed class WebhookReceiver(
    ReceiptRecorder recorder,
    ReceiptStore receipts,
    DeliveryStore deliveries,
    ReplayGuard replays,
    IOptions<WebhookKeys> keys,
    IOptions<ReceiptOptions> options,
    TimeProvider time,
    ILogger<WebhookReceiver> logger) : IWebhookReceiver
{
    public async Task<WebhookResult> ReceiveSendGridAsync(string? signature, string? timestamp, ReadOnlyMemory<byte> body, string? remote, CancellationToken cancellationToken)
    {
        const string Endpoint = "sendgrid";
        var key = keys.Value.SendGridVerificationKey;
        if (string.IsNullOrWhiteSpace(key))
        {
            return Refuse(Endpoint, 403, "no verification key is configured (Notify:SendGrid:WebhookVerificationKey)", remote);
        }

        if (string.IsNullOrWhiteSpace(signature) || string.IsNullOrWhiteSpace(timestamp))
        {
            return Refuse(Endpoint, 401, "unsigned: signature or timestamp header missing", remote);
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 253402300799)
        {
            return Refuse(Endpoint, 401, "the timestamp header is not a Unix time", remote);
        }

        var skew = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (skew.Duration() > options.Value.WebhookTolerance)
        {
            return Refuse(Endpoint, 403, $"stale: timestamp {skew.TotalSeconds:0} s from now", remote);
        }

        if (!WebhookSignatures.VerifySendGrid(key, signature, timestamp, body.Span))
        {
            return Refuse(Endpoint, 403, "the signature does not verify", remote);
        }

        if (replays.Seen(signature))
        {
            return Refuse(Endpoint, 403, "replayed: this signed request was received before", remote);
        }

        IReadOnlyList<SendGridEvent> events;
        try
        {
            events = SendGridEventReader.Read(body.Span);
        }
        catch (FormatException ex)
        {
            return Refuse(Endpoint, 400, $"malformed: {ex.Message}", remote);
        }

        var unmatched = 0;
        var matched = new List<ReceiptEvent>();
        foreach (var e in events.Where(e => ProviderStates.IsSendGrid(e.Event)))
        {
            var (noticeId, deliveryId) = (e.NoticeId, e.DeliveryId);
            if ((noticeId is null || deliveryId is null) && e.MessageId is { Length: > 0 } messageId)
            {
                // Without our custom_args, the message id before the first dot is the X-Message-Id we recorded.
                var found = await receipts.FindByProviderMessageIdAsync(messageId.Split('.')[0], cancellationToken).ConfigureAwait(false);
                (noticeId, deliveryId) = (found?.NoticeId, found?.DeliveryId);
            }

            if (noticeId is null || deliveryId is null)
            {
                unmatched++;
                continue;
            }

            matched.Add(new ReceiptEvent(noticeId, deliveryId, "sendgrid", e.EventId, e.Event, e.At, Detail: e.Detail, MachineOpen: e.MachineOpen, ProviderMessageId: e.MessageId));
        }

        // A batch holds events of many deliveries: each delivery's events in turn, different deliveries side by side.
        int recorded = 0, duplicates = 0;
        await Parallel.ForEachAsync(
            matched.GroupBy(e => (e.NoticeId, e.DeliveryId)),
            new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (group, ct) =>
            {
                var delivery = await deliveries.GetAsync(group.Key.NoticeId, group.Key.DeliveryId, ct).ConfigureAwait(false);
                if (delivery is null)
                {
                    logger.ReceiptUnknownDelivery("sendgrid", group.First().Kind, group.Key.DeliveryId, group.Key.NoticeId);
                    Interlocked.Add(ref unmatched, group.Count());
                    return;
                }

                var (r, d, i) = await recorder.RecordManyAsync(delivery, group.ToList(), ct).ConfigureAwait(false);
                Interlocked.Add(ref recorded, r);
                Interlocked.Add(ref duplicates, d);
                Interlocked.Add(ref unmatched, i);
            }).ConfigureAwait(false);

        replays.Remember(signature, options.Value.WebhookTolerance * 2);
        logger.WebhookReceived(Endpoint, recorded, duplicates, unmatched);
        return WebhookResult.Ok($"{recorded} recorded, {duplicates} duplicate, {unmatched} unmatched");
    }

    /// <param name="pathAndQuery">The request's path and query as received, e.g. /api/receipts/twilio?noticeId=…&amp;deliveryId=…; Twilio signed the public base URL followed by it.</param>
    public async Task<WebhookResult> ReceiveTwilioAsync(string pathAndQuery, string? signature, IReadOnlyList<KeyValuePair<string, string>> form, string? remote, CancellationToken cancellationToken)
    {
        const string Endpoint = "twilio";
        var token = keys.Value.TwilioAuthToken;
        if (string.IsNullOrWhiteSpace(token))
        {
            return Refuse(Endpoint, 403, "no auth token is configured (Notify:Twilio:AuthToken)", remote);
        }

        if (string.IsNullOrWhiteSpace(signature))
        {
            return Refuse(Endpoint, 401, "unsigned: X-Twilio-Signature missing", remote);
        }

        var url = options.Value.PublicBaseUrl.TrimEnd('/') + pathAndQuery;
        if (!WebhookSignatures.VerifyTwilio(token, url, form, signature))
        {
            return Refuse(Endpoint, 403, "the signature does not verify against the public URL", remote);
        }

        if (replays.Seen(signature))
        {
            return Refuse(Endpoint, 403, "replayed: this signed request was received before", remote);
        }

        var query = System.Web.HttpUtility.ParseQueryString(pathAndQuery.Contains('?', StringComparison.Ordinal) ? pathAndQuery[pathAndQuery.IndexOf('?', StringComparison.Ordinal)..] : "");
        var fields = form.GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        var noticeId = query["noticeId"];
        var deliveryId = query["deliveryId"];
        fields.TryGetValue("MessageSid", out var sid);
        fields.TryGetValue("MessageStatus", out var status);
        if (string.IsNullOrWhiteSpace(noticeId) || string.IsNullOrWhiteSpace(deliveryId) || string.IsNullOrWhiteSpace(sid) || string.IsNullOrWhiteSpace(status))
        {
            return Refuse(Endpoint, 400, "malformed: noticeId, deliveryId (query), MessageSid and MessageStatus (form) are required", remote);
        }

        var result = WebhookResult.Ok("ignored");
        if (ProviderStates.IsTwilio(status))
        {
            fields.TryGetValue("ErrorCode", out var errorCode);
            var meaning = int.TryParse(errorCode, NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? LangSon.Notify.Core.Channels.Sms.TwilioErrorCodes.Meaning(code) : null;
            var detail = string.IsNullOrWhiteSpace(errorCode) ? null : $"error {errorCode}" + (meaning is null ? "" : $" ({meaning})");
            var outcome = await recorder.RecordAsync(
                new ReceiptEvent(noticeId, deliveryId, "twilio", $"{sid}:{status}", status, time.GetUtcNow(), Detail: detail, ProviderMessageId: sid),
                cancellationToken).ConfigureAwait(false);
            int recorded = 0, duplicates = 0, unmatched = 0;
            Count(outcome, ref recorded, ref duplicates, ref unmatched);
            logger.WebhookReceived(Endpoint, recorded, duplicates, unmatched);
            result = WebhookResult.Ok(outcome.ToString().ToLowerInvariant());
        }

        replays.Remember(signature, TimeSpan.FromHours(1));
        return result;
    }

    private static void Count(RecordOutcome outcome, ref int recorded, ref int duplicates, ref int unmatched)
    {
        switch (outcome)
        {
            case RecordOutcome.Recorded: recorded++; break;
            case RecordOutcome.Duplicate: duplicates++; break;
            default: unmatched++; break;
        }
    }

    private WebhookResult Refuse(string endpoint, int status, string reason, string? remote)
    {
        logger.WebhookRefused(endpoint, status, reason, remote);
        return new WebhookResult(status, reason);
    }
}
