using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Understanding.Directory;
using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Resolution;

namespace LangSon.Notify.Core.Tests.Support;

/// <summary>The seed notice read by the real parser and resolver against the seed directories, as ingest plans it.</summary>
internal static class SeedPlan
{
    private static readonly Lazy<DispatchPlan> Plan = new(() =>
    {
        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
        var text = File.ReadAllText(Path.Combine(seeds, "seed-notice.txt"));
        var resolved = new NoticeResolver(DirectoryLoader.LoadFolder(seeds)).Resolve(new NoticeParser().Parse(text));
        return NoticeIngestHandler.BuildPlan("seed", "seed-notice.txt", "text", text.Length, resolved);
    });

    public static DispatchPlan Value => Plan.Value;
}
