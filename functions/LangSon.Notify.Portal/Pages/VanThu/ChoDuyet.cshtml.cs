using LangSon.Notify.Core.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LangSon.Notify.Portal.Pages.VanThu;

/// <summary>The review queue: notices awaiting a clerk, newest first.</summary>
public sealed class ChoDuyetModel : PageModel
{
    internal IReadOnlyList<NoticeRecord> Notices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var store = HttpContext.RequestServices.GetRequiredService<NoticeStore>();
        Notices = await store.ListByStatusAsync(NoticeStatus.AwaitingReview, 200, cancellationToken).ConfigureAwait(false);
    }
}
