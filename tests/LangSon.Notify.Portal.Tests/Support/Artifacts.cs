using LangSon.Notify.SelfHost.Tests.Support;
using Microsoft.Playwright;

namespace LangSon.Notify.Portal.Tests.Support;

/// <summary>Screenshots and figures kept after the run, under .artifacts/portal/.</summary>
internal static class Artifacts
{
    public static string Folder { get; } = Directory.CreateDirectory(Path.Combine(Repo.Root, ".artifacts", "portal")).FullName;

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, $"{name}.png"), FullPage = true });
}
