using LangSon.Notify.Core.Receipts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace LangSon.Notify.Functions;

/// <summary>The acknowledgement page behind the links in every email (…/api/ack/{token}): GET only shows it, POST records the answer. Anonymous: the signed link is the credential.</summary>
internal sealed class AckFunctions(IAckService acks, IAntiforgery antiforgery)
{
    [Function("AckPage")]
    public async Task<IActionResult> OpenAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ack/{token}")] HttpRequest request,
        string token,
        CancellationToken cancellationToken)
    {
        var outcome = await acks.OpenAsync(token, cancellationToken);
        return Page(request, outcome, request.Query["status"], request.Query["task"]);
    }

    [Function("AckAnswer")]
    public async Task<IActionResult> AnswerAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "ack/{token}")] HttpRequest request,
        string token,
        CancellationToken cancellationToken)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(request.HttpContext);
        }
        catch (AntiforgeryValidationException)
        {
            var open = await acks.OpenAsync(token, cancellationToken);
            return Page(request, open.View is null ? open : open with { StatusCode = 400, Message = "Phiên đã hết hạn hoặc yêu cầu không đến từ trang này: xin gửi lại." }, null, null);
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var outcome = await acks.AnswerAsync(token, form["status"], form["reason"], form["task"], form["note"], cancellationToken);
        return Page(request, outcome, null, null);
    }

    private ContentResult Page(HttpRequest request, AckOutcome outcome, string? status, string? task)
    {
        (string, string)? field = null;
        if (outcome.View is not null)
        {
            var tokens = antiforgery.GetAndStoreTokens(request.HttpContext);
            field = (tokens.FormFieldName, tokens.RequestToken!);
        }

        request.HttpContext.Response.Headers.CacheControl = "no-store";
        request.HttpContext.Response.Headers["Referrer-Policy"] = "no-referrer";
        request.HttpContext.Response.Headers["X-Robots-Tag"] = "noindex";
        return new ContentResult
        {
            StatusCode = outcome.StatusCode,
            ContentType = "text/html; charset=utf-8",
            Content = AckPage.Render(outcome, request.Path.ToUriComponent(), string.IsNullOrEmpty(status) ? null : status, string.IsNullOrEmpty(task) ? null : task, field),
        };
    }
}
