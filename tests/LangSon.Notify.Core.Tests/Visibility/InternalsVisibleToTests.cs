using System.Reflection;
using System.Runtime.CompilerServices;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Understanding.Directory;

namespace LangSon.Notify.Core.Tests.Visibility;

/// <summary>Hosts and the CLI use the libraries' public surface: a library opens its internals to its tests and the benchmarks only.</summary>
public sealed class InternalsVisibleToTests
{
    public static TheoryData<string> Libraries => [typeof(NotifyStorage).Assembly.GetName().Name!, typeof(DirectoryLoader).Assembly.GetName().Name!];

    [Theory]
    [MemberData(nameof(Libraries))]
    public void InternalsVisibleTo_Library_GrantsOnlyTestAssemblies(string library)
    {
        var assembly = Assembly.Load(library);
        var grants = assembly.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName).ToList();

        Assert.NotEmpty(grants);
        Assert.All(grants, name => Assert.True(
            name.EndsWith(".Tests", StringComparison.Ordinal) || name == "LangSon.Notify.Benchmarks",
            $"{library} grants InternalsVisibleTo to {name}, which is not a test assembly: use the public surface instead."));
    }
}
