using LangSon.Notify.Core.Receipts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace LangSon.Notify.Functions;

/// <summary>Provider webhooks (anonymous: each request is verified by its signature), the receipts read API and the deadline timer, over the Core handlers.</summary>
internal sealed class ReceiptFunctions(IWebhookReceiver receiver, ReceiptReader reader, DeadlineHandler deadlines)
{
    private const long MaxWebhookBytes = 8 * 1024 * 1024;

    [Function("SendGridReceipts")]
    public async Task<IActionResult> SendGridAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "receipts/sendgrid")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxWebhookBytes)
        {
            return new ContentResult { StatusCode = 413, Content = "body too large" };
        }

        var result = await receiver.ReceiveSendGridAsync(
            request.Headers[IWebhookReceiver.SendGridSignatureHeader].ToString(),
            request.Headers[IWebhookReceiver.SendGridTimestampHeader].ToString(),
            buffer.ToArray(),
            request.HttpContext.Connection.RemoteIpAddress?.ToString(),
            cancellationToken);
        return new ContentResult { StatusCode = result.StatusCode, Content = result.Message, ContentType = "text/plain; charset=utf-8" };
    }

    [Function("TwilioReceipts")]
    public async Task<IActionResult> TwilioAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "receipts/twilio")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : null;
        var pairs = form?.SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? ""))).ToList() ?? [];
        var result = await receiver.ReceiveTwilioAsync(
            request.Path.ToUriComponent() + request.QueryString.ToUriComponent(),
            request.Headers[IWebhookReceiver.TwilioSignatureHeader].ToString(),
            pairs,
            request.HttpContext.Connection.RemoteIpAddress?.ToString(),
            cancellationToken);
        return new ContentResult { StatusCode = result.StatusCode, Content = result.Message, ContentType = "text/plain; charset=utf-8" };
    }

    /// <summary>Per agency: channel outcomes, answer, task statuses and due dates (ISO). Function key required.</summary>
    [Function("NoticeReceipts")]
    public async Task<IActionResult> ReadAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "notices/{id}/receipts")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        await reader.ReadAsync(id, cancellationToken) is { } view ? new OkObjectResult(view) : new NotFoundObjectResult(new { error = $"no notice with id {id}" });

    /// <summary>Reminders and escalations, every 15 minutes.</summary>
    [Function("CheckDeadlines")]
    public Task CheckDeadlinesAsync([TimerTrigger("0 */15 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        deadlines.RunAsync(cancellationToken);
}
