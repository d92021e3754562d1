using LangSon.Notify.Understanding.Directory;
using LangSon.Notify.Understanding.Resolution;
using LangSon.Notify.Understanding.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Understanding.Tests.Directory;

public sealed class DirectoryServiceCollectionExtensionsTests
{
    private static IHost Build(string folder)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Directory:Folder"] = folder;
        builder.Services.AddNotifyDirectory(builder.Configuration);
        return builder.Build();
    }

    [Fact]
    public void AddNotifyDirectory_SeedFolder_ProvidesTheResolverOverBothDirectories()
    {
        using var host = Build(Directories.SeedFolder);

        var catalog = host.Services.GetRequiredService<DirectoryCatalog>();
        Assert.Equal(2, catalog.Directories.Count);
        Assert.IsType<CurrentCatalogResolver>(host.Services.GetRequiredService<INoticeResolver>());
    }

    [Fact]
    public async Task AddNotifyDirectory_MissingFolder_FailsAtStart()
    {
        using var host = Build(Path.Combine(Path.GetTempPath(), "no-such-directory-folder"));

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("Directory:Folder", ex.Message, StringComparison.Ordinal);
    }
}
