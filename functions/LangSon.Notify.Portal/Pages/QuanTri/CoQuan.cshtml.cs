using LangSon.Notify.Portal.Agencies;
using LangSon.Notify.Understanding.Directory;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LangSon.Notify.Portal.Pages.QuanTri;

/// <summary>One directory entry: its groups and contacts, the contacts form (admin, antiforgery, ETag), the change history, and what it was sent.</summary>
public sealed class CoQuanModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = "file")]
    public string FileName { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "tb")]
    public string? Message { get; set; }

    [BindProperty(Name = "emails")]
    public string? Emails { get; set; }

    [BindProperty(Name = "mobiles")]
    public string? Mobiles { get; set; }

    [BindProperty(Name = "etag")]
    public string? ETag { get; set; }

    public AgencyDirectory? Directory { get; private set; }

    public DirectoryEntry? Entry { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public IReadOnlyList<ContactEdit> History { get; private set; } = [];

    public IReadOnlyList<AgencyReceipt> Received { get; private set; } = [];

    public bool ReceivedTruncated { get; private set; }

    private DirectoryEditor Editor => HttpContext.RequestServices.GetRequiredService<DirectoryEditor>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(fillForm: true, cancellationToken).ConfigureAwait(false) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!DirectoryEditor.IsFileName(FileName) || string.IsNullOrWhiteSpace(ETag))
        {
            return BadRequest();
        }

        var result = await Editor.UpdateContactsAsync(FileName, Id, DirectoryEditor.SplitLines(Emails), DirectoryEditor.SplitLines(Mobiles), ETag, User.Identity?.Name ?? "?", cancellationToken).ConfigureAwait(false);
        if (result.Saved)
        {
            return Redirect($"/quan-tri/danh-ba/{FileName}/{Uri.EscapeDataString(Id)}?tb={Uri.EscapeDataString("Đã lưu liên hệ. Văn bản mới dùng liên hệ này sau khi dịch vụ khởi động lại.")}");
        }

        Problems = result.Problems;
        // After a conflict the form shows the stored contacts and the new ETag; otherwise it keeps what was typed.
        return await LoadAsync(fillForm: result.Conflict, cancellationToken).ConfigureAwait(false) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(bool fillForm, CancellationToken cancellationToken)
    {
        var version = DirectoryEditor.IsFileName(FileName) ? await Editor.LoadAsync(FileName, cancellationToken).ConfigureAwait(false) : null;
        Directory = version?.Directory;
        Entry = Directory?.FindEntry(Id);
        if (version is null || Entry is null)
        {
            return false;
        }

        ETag = version.ETag.ToString();
        if (fillForm)
        {
            Emails = string.Join('\n', Entry.Contacts.Emails);
            Mobiles = string.Join('\n', Entry.Contacts.Mobiles);
        }

        var history = Editor.HistoryAsync(FileName, Id, cancellationToken);
        var received = HttpContext.RequestServices.GetRequiredService<AgencyDeliveries>().ListAsync(Id, cancellationToken);
        History = await history.ConfigureAwait(false);
        (Received, ReceivedTruncated) = await received.ConfigureAwait(false);
        return true;
    }
}
