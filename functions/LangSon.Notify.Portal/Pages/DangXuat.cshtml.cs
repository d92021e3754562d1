using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LangSon.Notify.Portal.Pages;

/// <summary>Signs out (POST only, with antiforgery); any signed-in user.</summary>
public sealed class DangXuatModel : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync().ConfigureAwait(false);
        return Redirect("/dang-nhap");
    }
}
