using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.SelfHost.Tests.Support;

namespace LangSon.Notify.SelfHost.Tests.Receipts;

/// <summary>The provider webhooks over HTTP into Azurite: signed requests are applied once and only forward; anything forged, unsigned, stale or replayed is refused and changes nothing.</summary>
[Collection(ReceiptsCollection.Name)]
public sealed class WebhookEndpointTests(ReceiptsHost fixture)
{
    [Fact]
    public async Task SendGrid_SignedEvents_AppliedOnceAndForwardOnly()
    {
        var (noticeId, email, _) = await fixture.SeedAsync();
        var t = DateTimeOffset.UtcNow.AddMinutes(-2);

        // Delivered and a machine open arrive before the processed event they follow.
        var first = await PostSendGridAsync(Events(
            Event("delivered", "ev-2", t.AddSeconds(5), noticeId, email),
            Event("open", "ev-3", t.AddSeconds(9), noticeId, email, machineOpen: true),
            Event("processed", "ev-1", t, noticeId, email)));
        var afterFirst = await fixture.Receipts.GetAsync(noticeId, email.DeliveryId, CancellationToken.None);
        var human = await PostSendGridAsync(Events(Event("open", "ev-4", t.AddSeconds(30), noticeId, email)));
        var lateDeferred = await PostSendGridAsync(Events(Event("deferred", "ev-5", t.AddSeconds(1), noticeId, email)));

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal("3 recorded, 0 duplicate, 0 unmatched", first.Body);
        Assert.Equal("delivered", afterFirst!.ProviderState);
        Assert.NotNull(afterFirst.MachineOpenAt);
        Assert.Equal("01", afterFirst.Answer);
        Assert.Equal(HttpStatusCode.OK, human.Status);
        Assert.Equal(HttpStatusCode.OK, lateDeferred.Status);
        var final = await fixture.Receipts.GetAsync(noticeId, email.DeliveryId, CancellationToken.None);
        Assert.Equal("opened", final!.ProviderState);
        Assert.False(final.Alert);
        var events = await fixture.Deliveries.ListEventsAsync(noticeId, CancellationToken.None);
        Assert.Equal(["deferred", "delivered", "open", "open-machine", "processed"], events.Select(e => e.Kind).Order(StringComparer.Ordinal));
        Assert.All(events, e => Assert.Equal("sendgrid", e.Source));
    }

    [Fact]
    public async Task SendGrid_DuplicateEventsNewlySigned_OkAndNothingChanges()
    {
        var (noticeId, email, _) = await fixture.SeedAsync();
        var body = Events(Event("processed", "dup-1", DateTimeOffset.UtcNow, noticeId, email), Event("delivered", "dup-2", DateTimeOffset.UtcNow, noticeId, email));
        await PostSendGridAsync(body);
        var before = await fixture.SettledSnapshotAsync(noticeId);

        var again = await PostSendGridAsync(body, timestamp: DateTimeOffset.UtcNow.AddSeconds(1));

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal("0 recorded, 2 duplicate, 0 unmatched", again.Body);
        Assert.Equal(before, await fixture.SnapshotAsync(noticeId));
    }

    [Fact]
    public async Task SendGrid_Bounce_AlertOnTheDeliveryAndNotUndoneByLateDelivered()
    {
        var (noticeId, email, _) = await fixture.SeedAsync();

        await PostSendGridAsync(Events(Event("bounce", "b-1", DateTimeOffset.UtcNow, noticeId, email, reason: "550 5.1.1 mailbox unavailable")));
        await PostSendGridAsync(Events(Event("delivered", "b-2", DateTimeOffset.UtcNow.AddSeconds(-30), noticeId, email)));

        var row = await fixture.Receipts.GetAsync(noticeId, email.DeliveryId, CancellationToken.None);
        Assert.True(row!.Alert);
        Assert.Equal("bounce", row.ProviderState);
        Assert.Contains("550 5.1.1 mailbox unavailable", row.AlertReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendGrid_ForgedTamperedUnsignedStaleOrReplayed_RefusedAndNothingChanges()
    {
        var (noticeId, email, _) = await fixture.SeedAsync();
        var good = Events(Event("delivered", "f-1", DateTimeOffset.UtcNow, noticeId, email));
        var accepted = await PostSendGridAsync(good);
        var before = await fixture.SettledSnapshotAsync(noticeId);
        var bounce = Events(Event("bounce", "f-2", DateTimeOffset.UtcNow, noticeId, email));
        using var otherKey = new WebhookSigning();

        var forged = await PostSendGridAsync(bounce, signer: otherKey);
        var tampered = await SendAsync(bounce, fixture.Signing.SignSendGrid(Stamp(DateTimeOffset.UtcNow), good), Stamp(DateTimeOffset.UtcNow));
        var unsigned = await SendAsync(bounce, null, null);
        var stale = await PostSendGridAsync(bounce, timestamp: DateTimeOffset.UtcNow.AddMinutes(-6));
        var future = await PostSendGridAsync(bounce, timestamp: DateTimeOffset.UtcNow.AddMinutes(6));
        var replayed = await SendAsync(good, accepted.Signature, accepted.Timestamp);

        Assert.Equal(HttpStatusCode.OK, accepted.Status);
        Assert.Equal(HttpStatusCode.Forbidden, forged.Status);
        Assert.Equal(HttpStatusCode.Forbidden, tampered.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.Status);
        Assert.Equal(HttpStatusCode.Forbidden, stale.Status);
        Assert.Equal(HttpStatusCode.Forbidden, future.Status);
        Assert.Equal(HttpStatusCode.Forbidden, replayed.Status);
        Assert.StartsWith("replayed", replayed.Body, StringComparison.Ordinal);
        Assert.Equal(before, await fixture.SnapshotAsync(noticeId));
    }

    [Fact]
    public async Task SendGrid_SignedButMalformed_BadRequestAndNothingChanges()
    {
        var (noticeId, email, _) = await fixture.SeedAsync();
        var before = await fixture.SettledSnapshotAsync(noticeId);

        var notArray = await PostSendGridAsync(Encoding.UTF8.GetBytes("{\"event\":\"delivered\"}"));
        var noId = await PostSendGridAsync(Encoding.UTF8.GetBytes($"[{{\"event\":\"delivered\",\"timestamp\":1,\"deliveryId\":\"{email.DeliveryId}\"}}]"));

        Assert.Equal(HttpStatusCode.BadRequest, notArray.Status);
        Assert.Equal(HttpStatusCode.BadRequest, noId.Status);
        Assert.Contains("sg_event_id", noId.Body, StringComparison.Ordinal);
        Assert.Equal(before, await fixture.SnapshotAsync(noticeId));
    }

    [Fact]
    public async Task SendGrid_EventWithoutCustomArgs_CorrelatedByMessageId()
    {
        var (noticeId, email, _) = await fixture.SeedAsync();
        var e = Event("delivered", "m-1", DateTimeOffset.UtcNow, noticeId, email);
        e.Remove("noticeId");
        e.Remove("deliveryId");

        var response = await PostSendGridAsync(Events(e));

        Assert.Equal("1 recorded, 0 duplicate, 0 unmatched", response.Body);
        Assert.Equal("delivered", (await fixture.Receipts.GetAsync(noticeId, email.DeliveryId, CancellationToken.None))!.ProviderState);
    }

    [Fact]
    public async Task Twilio_SignedCallbacks_ForwardOnlyAndDuplicatesChangeNothing()
    {
        var (noticeId, _, sms) = await fixture.SeedAsync();

        var delivered = await PostTwilioAsync(noticeId, sms, "delivered");
        var lateSent = await PostTwilioAsync(noticeId, sms, "sent");
        var before = await fixture.SettledSnapshotAsync(noticeId);
        var duplicate = await PostTwilioAsync(noticeId, sms, "delivered", extra: ("RawDlrDoneDate", "2612011200"));

        Assert.Equal(HttpStatusCode.OK, delivered.Status);
        Assert.Equal("recorded", delivered.Body);
        Assert.Equal(HttpStatusCode.OK, lateSent.Status);
        Assert.Equal(HttpStatusCode.OK, duplicate.Status);
        Assert.Equal("duplicate", duplicate.Body);
        Assert.Equal(before, await fixture.SnapshotAsync(noticeId));
        var row = await fixture.Receipts.GetAsync(noticeId, sms.DeliveryId, CancellationToken.None);
        Assert.Equal("delivered", row!.ProviderState);
        Assert.Equal("01", row.Answer);
    }

    [Fact]
    public async Task Twilio_Undelivered_Alert()
    {
        var (noticeId, _, sms) = await fixture.SeedAsync();

        await PostTwilioAsync(noticeId, sms, "undelivered", extra: ("ErrorCode", "30003"));

        var row = await fixture.Receipts.GetAsync(noticeId, sms.DeliveryId, CancellationToken.None);
        Assert.True(row!.Alert);
        Assert.Contains("30003", row.AlertReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Twilio_ForgedUnsignedWrongUrlReplayedOrMismatched_RefusedAndNothingChanges()
    {
        var (noticeId, _, sms) = await fixture.SeedAsync();
        var accepted = await PostTwilioAsync(noticeId, sms, "sent");
        var before = await fixture.SettledSnapshotAsync(noticeId);

        var forged = await PostTwilioAsync(noticeId, sms, "failed", token: "not-the-auth-token");
        var unsigned = await PostTwilioAsync(noticeId, sms, "failed", sign: false);
        var otherUrl = await PostTwilioAsync(noticeId, sms, "failed", signedUrl: "https://elsewhere.example/api/receipts/twilio");
        var replayed = await PostTwilioAsync(noticeId, sms, "sent", signature: accepted.Signature);
        var otherMessage = await PostTwilioAsync(noticeId, sms, "failed", sid: "SM00000000000000000000000000000000");
        var malformed = await PostTwilioAsync(noticeId, sms, "", extra: ("SmsStatus", "failed"));

        Assert.Equal(HttpStatusCode.OK, accepted.Status);
        Assert.Equal(HttpStatusCode.Forbidden, forged.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.Status);
        Assert.Equal(HttpStatusCode.Forbidden, otherUrl.Status);
        Assert.Equal(HttpStatusCode.Forbidden, replayed.Status);
        Assert.Equal(HttpStatusCode.OK, otherMessage.Status);
        Assert.Equal("mismatch", otherMessage.Body);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.Status);
        Assert.Equal(before, await fixture.SnapshotAsync(noticeId));
    }

    private static JsonObject Event(string name, string id, DateTimeOffset at, string noticeId, DeliveryRecord delivery, bool machineOpen = false, string? reason = null)
    {
        var e = new JsonObject
        {
            ["email"] = delivery.Address,
            ["timestamp"] = at.ToUnixTimeSeconds(),
            ["smtp-id"] = $"<{delivery.ProviderMessageId}@ismtpd0001p1sjc2.sendgrid.net>",
            ["event"] = name,
            ["category"] = new JsonArray(),
            ["sg_event_id"] = $"{id}-{delivery.DeliveryId[..8]}",
            ["sg_message_id"] = $"{delivery.ProviderMessageId}.filterdrecv-5645d9c87f-7hx2b-1-5D5B4C5E-3.0",
            ["noticeId"] = noticeId,
            ["deliveryId"] = delivery.DeliveryId,
        };
        if (name == "open")
        {
            e["sg_machine_open"] = machineOpen;
            e["useragent"] = "Mozilla/5.0";
        }

        if (name == "delivered")
        {
            e["response"] = "250 2.0.0 OK";
        }

        if (reason is not null)
        {
            e["reason"] = reason;
            e["status"] = "5.1.1";
            e["type"] = "bounce";
        }

        return e;
    }

    private static byte[] Events(params JsonObject[] events) => Encoding.UTF8.GetBytes(new JsonArray(events).ToJsonString());

    private static string Stamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    private Task<Reply> PostSendGridAsync(byte[] body, DateTimeOffset? timestamp = null, WebhookSigning? signer = null)
    {
        var stamp = Stamp(timestamp ?? DateTimeOffset.UtcNow);
        return SendAsync(body, (signer ?? fixture.Signing).SignSendGrid(stamp, body), stamp);
    }

    private async Task<Reply> SendAsync(byte[] body, string? signature, string? timestamp)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/receipts/sendgrid") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        if (signature is not null)
        {
            request.Headers.Add("X-Twilio-Email-Event-Webhook-Signature", signature);
            request.Headers.Add("X-Twilio-Email-Event-Webhook-Timestamp", timestamp);
        }

        using var response = await fixture.Http.SendAsync(request);
        return new Reply(response.StatusCode, await response.Content.ReadAsStringAsync(), signature, timestamp);
    }

    private async Task<Reply> PostTwilioAsync(string noticeId, DeliveryRecord sms, string status, (string Key, string Value)? extra = null, string? token = null, bool sign = true, string? signedUrl = null, string? signature = null, string? sid = null)
    {
        var path = $"api/receipts/twilio?noticeId={noticeId}&deliveryId={sms.DeliveryId}";
        var form = new List<KeyValuePair<string, string>>
        {
            new("AccountSid", "AC0123456789abcdef0123456789abcdef"),
            new("ApiVersion", "2010-04-01"),
            new("From", "+15005550006"),
            new("MessageSid", sid ?? sms.ProviderMessageId!),
            new("SmsSid", sid ?? sms.ProviderMessageId!),
            new("To", sms.Address),
        };
        if (status.Length > 0)
        {
            form.Add(new("MessageStatus", status));
        }

        if (extra is { } field)
        {
            form.Add(new(field.Key, field.Value));
        }

        signature ??= sign ? WebhookSigning.SignTwilio(token ?? fixture.Signing.TwilioToken, signedUrl ?? new Uri(fixture.Http.BaseAddress!, path).AbsoluteUri, form) : null;
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        if (signature is not null)
        {
            request.Headers.Add("X-Twilio-Signature", signature);
        }

        using var response = await fixture.Http.SendAsync(request);
        return new Reply(response.StatusCode, await response.Content.ReadAsStringAsync(), signature, null);
    }

    private sealed record Reply(HttpStatusCode Status, string Body, string? Signature, string? Timestamp);
}
