namespace LangSon.Notify.Benchmarks;

internal static class SeedFiles
{
    /// <summary>The seeds are copied beside the benchmark assembly.</summary>
    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seeds", name));

    /// <summary>../shared/corpus beside the repository root, found by walking up from the assembly; null when absent.</summary>
    public static DirectoryInfo? SharedCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LangSon.Notify.sln")))
            {
                var corpus = new DirectoryInfo(Path.Combine(dir.FullName, "..", "shared", "corpus"));
                return corpus.Exists ? corpus : null;
            }
        }

        return null;
    }
}
