using System.Reflection;
using System.Runtime.CompilerServices;
using LangSon.Notify.Portal;
using LangSon.Notify.SelfHost.Hosting;

namespace LangSon.Notify.SelfHost.Tests.Visibility;

/// <summary>The self-host composes the portal through its public surface, and the test host composes the self-host the same way.</summary>
public sealed class InternalsVisibleToTests
{
    public static TheoryData<string> Projects => [typeof(PortalExtensions).Assembly.GetName().Name!, typeof(SelfHostExtensions).Assembly.GetName().Name!];

    [Theory]
    [MemberData(nameof(Projects))]
    public void InternalsVisibleTo_HostProject_GrantsOnlyTestAssemblies(string project)
    {
        var assembly = Assembly.Load(project);
        var grants = assembly.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName).ToList();

        Assert.NotEmpty(grants);
        Assert.All(grants, name => Assert.True(
            name.EndsWith(".Tests", StringComparison.Ordinal),
            $"{project} grants InternalsVisibleTo to {name}, which is not a test assembly: use the public surface instead."));
    }
}
