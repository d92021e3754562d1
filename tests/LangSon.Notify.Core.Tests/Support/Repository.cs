namespace LangSon.Notify.Core.Tests.Support;

/// <summary>The repository root, where artefacts of a run are kept (.artifacts/).</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LangSon.Notify.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No LangSon.Notify.sln above {AppContext.BaseDirectory}.");
    }
}
