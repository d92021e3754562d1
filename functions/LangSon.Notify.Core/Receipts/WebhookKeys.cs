namespace LangSon.Notify.Core.Receipts;

/// <summary>The secrets the webhooks are verified with, read from the providers' own sections (Notify:SendGrid, Notify:Twilio).</summary>
public sealed class WebhookKeys
{
    /// <summary><c>Notify:SendGrid:WebhookVerificationKey</c>: the public key SendGrid shows for the signed event webhook (base64 DER).</summary>
    public string? SendGridVerificationKey { get; set; }

    /// <summary><c>Notify:Twilio:AuthToken</c>.</summary>
    public string? TwilioAuthToken { get; set; }
}
