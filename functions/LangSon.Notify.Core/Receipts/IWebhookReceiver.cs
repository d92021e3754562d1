namespace LangSon.Notify.Core.Receipts;

/// <summary>The provider webhooks' handler; hosts pass the raw request parts and answer with the result as given.</summary>
public interface IWebhookReceiver
{
    /// <summary>The header carrying SendGrid's event webhook signature.</summary>
    const string SendGridSignatureHeader = "X-Twilio-Email-Event-Webhook-Signature";

    /// <summary>The header carrying the timestamp SendGrid signed with the body.</summary>
    const string SendGridTimestampHeader = "X-Twilio-Email-Event-Webhook-Timestamp";

    /// <summary>The header carrying Twilio's request signature.</summary>
    const string TwilioSignatureHeader = "X-Twilio-Signature";

    /// <summary>Verifies and records a batch of SendGrid events.</summary>
    Task<WebhookResult> ReceiveSendGridAsync(string? signature, string? timestamp, ReadOnlyMemory<byte> body, string? remote, CancellationToken cancellationToken);

    /// <summary>Verifies and records a Twilio status callback.</summary>
    /// <param name="pathAndQuery">The request's path and query as received; Twilio signed the public base URL followed by it.</param>
    Task<WebhookResult> ReceiveTwilioAsync(string pathAndQuery, string? signature, IReadOnlyList<KeyValuePair<string, string>> form, string? remote, CancellationToken cancellationToken);
}
