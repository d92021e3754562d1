using LangSon.Notify.Core.Storage;

namespace LangSon.Notify.Portal.Hosting;

internal static class PortalHostingExtensions
{
    /// <summary>Unless Directory:Folder is configured, the directory container is copied to a temp folder at start.</summary>
    public static WebApplicationBuilder AddPortalDirectoryCopy(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["Directory:Folder"]))
        {
            var folder = Path.Combine(Path.GetTempPath(), $"langson-portal-directory-{Environment.ProcessId}");
            System.IO.Directory.CreateDirectory(folder);
            builder.Configuration["Directory:Folder"] = folder;
            builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService>(sp =>
                new PortalDirectoryCopy(sp.GetRequiredService<NotifyStorage>(), sp.GetRequiredService<ILogger<PortalDirectoryCopy>>(), folder)));
        }

        builder.Services.AddHealthChecks();
        return builder;
    }
}
