using System.Reflection;

namespace LangSon.Notify.SelfHost.Tests.Support;

internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Configuration { get; } =
        typeof(Repo).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>The seed notice as run.sh uploads it: the signed PDF when present, else the text.</summary>
    public static string SeedNotice => File.Exists(Path.Combine(Root, "seeds", "seed-notice.pdf"))
        ? Path.Combine(Root, "seeds", "seed-notice.pdf")
        : Path.Combine(Root, "seeds", "seed-notice.txt");

    public static string NodeBin(string name)
    {
        var path = Path.Combine(Root, "node_modules", ".bin", name);
        return File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing: run `npm ci` at the repository root first.");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LangSon.Notify.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root (LangSon.Notify.sln) not found above the test binaries.");
    }
}
