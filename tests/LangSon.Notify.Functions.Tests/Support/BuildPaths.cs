using System.Reflection;

namespace LangSon.Notify.Functions.Tests.Support;

internal static class BuildPaths
{
    public static string FunctionsOutput => Path.GetFullPath(Metadata("FunctionsOutputDirectory"));

    public static string BicepCli => Path.GetFullPath(Metadata("BicepCli"));

    public static string RepositoryRoot => Path.GetFullPath(Metadata("RepositoryRoot"));

    private static string Metadata(string key) =>
        typeof(BuildPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Build metadata {key} is missing.");
}
