using LangSon.Notify.Portal.Agencies;
using LangSon.Notify.Understanding.Directory;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LangSon.Notify.Portal.Pages.QuanTri;

/// <summary>The dated agency directories: pick one, search names, filter by group, see contacts.</summary>
public sealed class DanhBaModel : PageModel
{
    public const int MaxShown = 300;

    [BindProperty(SupportsGet = true, Name = "tep")]
    public string? FileName { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "nhom")]
    public string? Group { get; set; }

    public IReadOnlyList<string> Files { get; private set; } = [];

    public AgencyDirectory? Directory { get; private set; }

    public IReadOnlyList<DirectoryEntry> Entries { get; private set; } = [];

    public int MatchCount { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var editor = HttpContext.RequestServices.GetRequiredService<DirectoryEditor>();
        Files = await editor.ListFilesAsync(cancellationToken).ConfigureAwait(false);
        if (Files.Count == 0)
        {
            Error = "Kho danh bạ chưa có tệp directory-*.json nào.";
            return;
        }

        FileName = FileName is not null && Files.Contains(FileName, StringComparer.Ordinal) ? FileName : Files[^1];
        try
        {
            Directory = (await editor.LoadAsync(FileName, cancellationToken).ConfigureAwait(false))?.Directory;
        }
        catch (DirectoryLoadException ex)
        {
            Error = $"Tệp {FileName} không hợp lệ: {ex.Message}";
            return;
        }

        if (Directory is null)
        {
            Error = $"Không còn tệp {FileName}.";
            return;
        }

        IEnumerable<DirectoryEntry> matches = Directory.Entries;
        if (!string.IsNullOrWhiteSpace(Group))
        {
            matches = Directory.FindGroup(Group) is null ? [] : Directory.MembersOf(Group);
        }

        if (!string.IsNullOrWhiteSpace(Search))
        {
            var key = NameKey.FoldWord(Search.Trim());
            matches = matches.Where(e => Matches(e, key));
        }

        var list = matches.ToList();
        MatchCount = list.Count;
        Entries = list.Take(MaxShown).ToList();
    }

    public string GroupNames(DirectoryEntry entry) =>
        string.Join(", ", entry.Groups.Select(g => Directory?.FindGroup(g)?.Name ?? g));

    /// <summary>Typed with or without diacritics: both sides folded (lower case, no marks, "đ" as "d").</summary>
    private static bool Matches(DirectoryEntry e, string folded) =>
        new[] { e.Name, e.Id }.Concat(e.ShortNames).Concat(e.Aliases).Concat(e.Contacts.Emails).Any(v => NameKey.FoldWord(v).Contains(folded, StringComparison.Ordinal));
}
