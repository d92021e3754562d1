using LangSon.Notify.Understanding.Directory;

namespace LangSon.Notify.Understanding.Tests.Support;

/// <summary>The seed directories shipped in seeds/, copied next to the test assembly.</summary>
internal static class Directories
{
    public static string SeedFolder => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string Seed2020 => Path.Combine(SeedFolder, "directory-2020.json");

    public static string Seed2025 => Path.Combine(SeedFolder, "directory-2025.json");

    private static readonly Lazy<DirectoryCatalog> Catalog = new(() => DirectoryLoader.LoadFolder(SeedFolder));

    public static DirectoryCatalog SeedCatalog => Catalog.Value;
}
