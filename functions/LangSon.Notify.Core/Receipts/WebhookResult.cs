namespace LangSon.Notify.Core.Receipts;

/// <summary>What a webhook answers: the status code and a short message (never the request body).</summary>
public sealed record WebhookResult(int StatusCode, string Message)
{
    public static WebhookResult Ok(string message) => new(200, message);
}
