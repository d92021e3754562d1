namespace LangSon.Notify.Cli.Tests.Support;

/// <summary>Finds ../shared beside the repository root, walking up from the test assembly.</summary>
internal static class Corpus
{
    public static DirectoryInfo? Directory => FindShared("corpus");

    public static FileInfo? Scorer => FindShared("tools") is { } tools && File.Exists(Path.Combine(tools.FullName, "score_inspect.py"))
        ? new FileInfo(Path.Combine(tools.FullName, "score_inspect.py"))
        : null;

    private static DirectoryInfo? FindShared(string child)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LangSon.Notify.sln")))
            {
                var candidate = new DirectoryInfo(Path.Combine(dir.FullName, "..", "shared", child));
                return candidate.Exists ? candidate : null;
            }
        }

        return null;
    }
}
