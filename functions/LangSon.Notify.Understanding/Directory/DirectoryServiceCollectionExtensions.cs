using LangSon.Notify.Understanding.Resolution;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Understanding.Directory;

/// <summary>DI registration of the dated agency directories and the resolver.</summary>
public static class DirectoryServiceCollectionExtensions
{
    /// <summary>The dated directories (loaded at first use, failing when a file is invalid; replaceable through <see cref="DirectoryCatalogSource"/>) and the resolver.</summary>
    public static IServiceCollection AddNotifyDirectory(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectoryOptions>()
            .Bind(configuration.GetSection(DirectoryOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => System.IO.Directory.Exists(o.ResolvedFolder), "Directory:Folder must name an existing folder of directory-*.json files.")
            .ValidateOnStart();
        services.AddSingleton(sp => new DirectoryCatalogSource(DirectoryLoader.LoadFolder(sp.GetRequiredService<IOptions<DirectoryOptions>>().Value.ResolvedFolder)));
        // The catalog in use now: an edited directory replaces it between two notices.
        services.AddTransient(sp => sp.GetRequiredService<DirectoryCatalogSource>().Current);
        services.AddSingleton<INoticeResolver, CurrentCatalogResolver>();
        return services;
    }

    /// <summary>A resolver over a catalog loaded without a host, for the CLI.</summary>
    public static INoticeResolver CreateResolver(DirectoryCatalog catalog) => new NoticeResolver(catalog);
}
