namespace LangSon.Notify.Benchmarks;

internal static class SeedFiles
{
    /// <summary>The seeds are copied beside the benchmark assembly.</summary>
    public static byte[] Read(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seeds", name));
}
