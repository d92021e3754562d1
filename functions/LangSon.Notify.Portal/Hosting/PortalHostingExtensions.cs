using LangSon.Notify.Core.Storage;

namespace LangSon.Notify.Portal.Hosting;

internal static class PortalHostingExtensions
{
    /// <summary>Unless Directory:Folder is configured, the directory container is copied to a temp folder at start.</summary>
    public static WebApplicationBuilder AddPortalDirectoryCopy(this WebApplicationBuilder builder)
    {
        builder.Services.AddNotifyDirectoryCopy(builder.Configuration, Path.Combine(Path.GetTempPath(), "langson-notify", $"portal-directory-{Environment.ProcessId}-{Guid.NewGuid():N}"));

        builder.Services.AddHealthChecks();
        return builder;
    }
}
