using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Understanding.Reading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LangSon.Notify.Portal.Pages.VanThu;

/// <summary>A clerk uploads a notice; it is stored held for review and the preview opens.</summary>
public sealed class TaiLenModel : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            Error = "Chưa chọn tệp, hoặc tệp rỗng.";
            return Page();
        }

        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        try
        {
            var (noticeId, _) = await HttpContext.RequestServices.GetRequiredService<NoticeReview>().HoldUploadAsync(Upload.FileName, buffer.ToArray(), User.Identity?.Name ?? "?", cancellationToken).ConfigureAwait(false);
            return Redirect($"/van-thu/thong-bao/{noticeId}");
        }
        catch (DocumentReadException ex)
        {
            Error = $"Không đọc được tệp {Upload.FileName}: {ex.Problem}";
            return Page();
        }
        catch (ArgumentException ex)
        {
            Error = ex.Message;
            return Page();
        }
    }
}
