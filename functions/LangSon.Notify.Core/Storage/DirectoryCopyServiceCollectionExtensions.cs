using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LangSon.Notify.Core.Storage;

/// <summary>DI registration of the copy of the "directory" container that every host makes at start.</summary>
public static class DirectoryCopyServiceCollectionExtensions
{
    /// <summary>
    /// Unless Directory:Folder is configured, points the resolver at <paramref name="folder"/> and copies the container
    /// there first thing at start.
    /// </summary>
    /// <param name="required">Whether an empty container stops the host (true everywhere but test hosts that seed later).</param>
    public static IServiceCollection AddNotifyDirectoryCopy(this IServiceCollection services, IConfiguration configuration, string folder, bool required = true)
    {
        DirectoryCopyAtStart.Register(services, configuration, folder, required);
        return services;
    }
}
