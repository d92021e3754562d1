using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Portal.Monitoring;
using LangSon.Notify.Understanding.Directory;
using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Resolution;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LangSon.Notify.Portal.Pages.VanThu;

/// <summary>
/// A notice as the pipeline understood it: metadata, tasks, each Nơi nhận line and what it resolved to (doubtful and
/// unresolved mentions highlighted with the closest candidates), warnings, and per agency the excerpts and the email.
/// While it awaits review the clerk corrects mentions and confirms; confirming records who did it and sends.
/// </summary>
public sealed class ThongBaoModel : PageModel
{
    public const string Keep = "keep";
    public const string Skip = "skip";
    public const string Map = "map";

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    public List<CorrectionInput> Corrections { get; set; } = [];

    public string? Error { get; private set; }

    internal NoticePreview? Preview { get; private set; }

    internal DeliveryProgress Progress { get; private set; } = DeliveryProgress.None;

    internal bool AwaitingReview => Preview?.Row?.GetStatus() == NoticeStatus.AwaitingReview;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken).ConfigureAwait(false) ? Page() : NotFound();

    /// <summary>The email one agency will receive, rendered alone (no scripts, inline styles only) for an iframe.</summary>
    public async Task<IActionResult> OnGetEmailAsync(string entry, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken).ConfigureAwait(false))
        {
            return NotFound();
        }

        var review = HttpContext.RequestServices.GetRequiredService<NoticeReview>();
        var email = await review.ComposeEmailAsync(Id, Preview!, entry, cancellationToken).ConfigureAwait(false);
        if (email is null)
        {
            return NotFound();
        }

        Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";
        var header = $"<p style=\"font:13px Arial;color:#444;border-bottom:1px solid #ccc;padding-bottom:6px\">Tới: {System.Net.WebUtility.HtmlEncode(email.ToName)} &lt;{System.Net.WebUtility.HtmlEncode(email.ToAddress)}&gt;<br>Tiêu đề: {System.Net.WebUtility.HtmlEncode(email.Subject)}<br>Đính kèm: {System.Net.WebUtility.HtmlEncode(email.Attachment?.FileName ?? (email.Link is null ? "không" : "liên kết tải văn bản"))}</p>";
        return Content(email.HtmlBody.Replace("<body", "<body><div>" + header + "</div><div", StringComparison.Ordinal).Replace("</body>", "</div></body>", StringComparison.Ordinal), "text/html; charset=utf-8");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken).ConfigureAwait(false))
        {
            return NotFound();
        }

        var directory = Preview!.Directory;
        var corrections = new List<ReviewCorrection>();
        foreach (var input in Corrections.Where(c => c.Action is Skip or Map))
        {
            if (input.Action == Skip)
            {
                corrections.Add(new ReviewCorrection(input.Line, input.Span, [], Skip: true));
                continue;
            }

            var ids = new List<string>();
            foreach (var name in (input.Entries ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var entry = FindEntry(directory, name);
                if (entry is null)
                {
                    Error = $"Không có cơ quan \"{name}\" trong danh bạ (dòng {input.Line + 1}, \"{input.Span}\"): hãy chọn tên trong danh sách gợi ý.";
                    return Page();
                }

                ids.Add(entry.Id);
            }

            if (ids.Count == 0)
            {
                Error = $"Dòng {input.Line + 1} (\"{input.Span}\"): đã chọn \"gửi tới cơ quan khác\" nhưng chưa nhập cơ quan nào.";
                return Page();
            }

            corrections.Add(new ReviewCorrection(input.Line, input.Span, ids, Skip: false));
        }

        var reviewer = User.FindFirst("name")?.Value is { } display && display != User.Identity?.Name ? $"{User.Identity?.Name} ({display})" : User.Identity?.Name ?? "?";
        var review = HttpContext.RequestServices.GetRequiredService<NoticeReview>();
        Error = await review.ConfirmAsync(Id, corrections, reviewer, cancellationToken).ConfigureAwait(false);
        if (Error is not null)
        {
            return Page();
        }

        return Redirect($"/van-thu/thong-bao/{Id}?daxacnhan=1");
    }

    internal IReadOnlyList<ResolvedRecipient> EntriesOf(RecipientMention mention) =>
        Preview!.Original.Recipients.Where(r => r.Sources.Any(s => s.IsSameAs(mention))).ToList();

    internal UnresolvedMention? UnresolvedOf(RecipientMention mention) =>
        Preview!.Original.Unresolved.FirstOrDefault(u => u.Mention.IsSameAs(mention));

    internal ReviewCorrection? CorrectionOf(RecipientMention mention) =>
        Preview!.Corrections.FirstOrDefault(c => c.Matches(mention));

    private static DirectoryEntry? FindEntry(AgencyDirectory directory, string name) =>
        directory.Entries.FirstOrDefault(e => !e.Abolished && string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? (directory.FindEntry(name) is { Abolished: false } byId ? byId : null);

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var review = HttpContext.RequestServices.GetRequiredService<NoticeReview>();
        Preview = await review.PreviewAsync(Id, cancellationToken).ConfigureAwait(false);
        if (Preview?.Row is { } row && row.GetStatus() is NoticeStatus.Dispatching or NoticeStatus.Dispatched)
        {
            Progress = await HttpContext.RequestServices.GetRequiredService<PortalReader>().GetProgressAsync(Id, cancellationToken).ConfigureAwait(false);
        }

        return Preview is not null;
    }

    public sealed class CorrectionInput
    {
        public int Line { get; set; }

        public string Span { get; set; } = "";

        public string Action { get; set; } = Keep;

        public string? Entries { get; set; }
    }
}
