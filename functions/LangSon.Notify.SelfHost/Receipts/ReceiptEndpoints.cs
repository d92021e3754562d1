using LangSon.Notify.Core.Receipts;
using Microsoft.AspNetCore.Antiforgery;

namespace LangSon.Notify.SelfHost.Receipts;

/// <summary>The provider webhooks and the acknowledgement page over HTTP; public so the test host composes the same endpoints.</summary>
public static class ReceiptEndpoints
{
    private const long MaxWebhookBytes = 8 * 1024 * 1024;

    /// <summary>The deadline timer and antiforgery for the acknowledgement pages.</summary>
    public static WebApplicationBuilder AddNotifyReceiptEndpoints(this WebApplicationBuilder builder)
    {
        // The host's antiforgery settings, shared with the portal's forms: the page reads the field name from them.
        builder.Services.AddAntiforgery();
        builder.Services.AddHostedService<DeadlineTimerService>();
        return builder;
    }

    /// <summary>
    /// POST /api/receipts/sendgrid and /api/receipts/twilio (signed by the providers), GET and POST /ack/{token}
    /// (signed links), all anonymous; GET /api/notices/{id}/receipts under the host's normal policy.
    /// </summary>
    public static WebApplication MapReceiptEndpoints(this WebApplication app)
    {
        app.MapPost("/api/receipts/sendgrid", async (HttpContext context, IWebhookReceiver receiver, CancellationToken ct) =>
        {
            var body = await ReadBodyAsync(context.Request, ct);
            if (body is null)
            {
                return Results.Text("body too large", statusCode: StatusCodes.Status413PayloadTooLarge);
            }

            var result = await receiver.ReceiveSendGridAsync(
                context.Request.Headers[IWebhookReceiver.SendGridSignatureHeader].ToString(),
                context.Request.Headers[IWebhookReceiver.SendGridTimestampHeader].ToString(),
                body,
                context.Connection.RemoteIpAddress?.ToString(),
                ct);
            return Results.Text(result.Message, statusCode: result.StatusCode);
        }).AllowAnonymous().DisableAntiforgery();

        app.MapPost("/api/receipts/twilio", async (HttpContext context, IWebhookReceiver receiver, CancellationToken ct) =>
        {
            var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(ct) : null;
            var pairs = form?.SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? ""))).ToList() ?? [];
            var result = await receiver.ReceiveTwilioAsync(
                context.Request.Path.ToUriComponent() + context.Request.QueryString.ToUriComponent(),
                context.Request.Headers[IWebhookReceiver.TwilioSignatureHeader].ToString(),
                pairs,
                context.Connection.RemoteIpAddress?.ToString(),
                ct);
            return Results.Text(result.Message, statusCode: result.StatusCode);
        }).AllowAnonymous().DisableAntiforgery();

        app.MapGet("/ack/{token}", async (HttpContext context, string token, string? status, string? task, IAckService acks, IAntiforgery antiforgery, CancellationToken ct) =>
        {
            // Reading only: mail scanners open every link.
            var outcome = await acks.OpenAsync(token, ct);
            return Page(context, antiforgery, outcome, token, status, task);
        }).AllowAnonymous();

        app.MapPost("/ack/{token}", async (HttpContext context, string token, IAckService acks, IAntiforgery antiforgery, CancellationToken ct) =>
        {
            try
            {
                await antiforgery.ValidateRequestAsync(context);
            }
            catch (AntiforgeryValidationException)
            {
                var open = await acks.OpenAsync(token, ct);
                return Page(context, antiforgery, open with { StatusCode = open.View is null ? open.StatusCode : 400, Message = open.View is null ? open.Message : "Phiên đã hết hạn hoặc yêu cầu không đến từ trang này: xin gửi lại." }, token, null, null);
            }

            var form = await context.Request.ReadFormAsync(ct);
            var outcome = await acks.AnswerAsync(token, form["status"], form["reason"], form["task"], form["note"], ct);
            return Page(context, antiforgery, outcome, token, null, null);
        }).AllowAnonymous().DisableAntiforgery();

        app.MapGet("/api/notices/{id}/receipts", async (string id, ReceiptReader reader, CancellationToken ct) =>
            await reader.ReadAsync(id, ct) is { } view ? Results.Ok(view) : Results.NotFound(new { error = $"no notice with id {id}" }));
        return app;
    }

    private static IResult Page(HttpContext context, IAntiforgery antiforgery, AckOutcome outcome, string token, string? status, string? task)
    {
        (string, string)? field = null;
        if (outcome.View is not null)
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            field = (tokens.FormFieldName, tokens.RequestToken!);
        }

        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        context.Response.Headers["X-Robots-Tag"] = "noindex";
        var html = AckPage.Render(outcome, $"/ack/{Uri.EscapeDataString(token)}", status, task, field);
        return Results.Content(html, "text/html; charset=utf-8", statusCode: outcome.StatusCode);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16384];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxWebhookBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
