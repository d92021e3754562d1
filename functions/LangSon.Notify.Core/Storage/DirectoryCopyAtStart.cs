using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LangSon.Notify.Core.Storage;

/// <summary>
/// Every host copies the "directory" container into a private folder at start, before anything resolves; ingest
/// refreshes the copy before each notice (<see cref="DirectoryBlobCopy"/>).
/// </summary>
internal sealed partial class DirectoryCopyAtStart(DirectoryBlobCopy copy, string folder, bool required, ILogger<DirectoryCopyAtStart> logger) : IHostedService
{
    /// <summary>
    /// Unless Directory:Folder is configured (its files are then managed by hand), points the resolver at
    /// <paramref name="folder"/> and copies the container there first thing at start.
    /// </summary>
    /// <param name="required">Whether an empty container stops the host (true everywhere but test hosts that seed later).</param>
    public static void Register(IServiceCollection services, IConfiguration configuration, string folder, bool required = true)
    {
        if (!string.IsNullOrWhiteSpace(configuration["Directory:Folder"]))
        {
            return;
        }

        configuration["Directory:Folder"] = folder;
        System.IO.Directory.CreateDirectory(folder);
        services.AddSingleton(sp => new DirectoryBlobCopy(sp.GetRequiredService<NotifyStorage>(), folder, sp, sp.GetRequiredService<ILogger<DirectoryBlobCopy>>()));
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService>(sp =>
            new DirectoryCopyAtStart(sp.GetRequiredService<DirectoryBlobCopy>(), folder, required, sp.GetRequiredService<ILogger<DirectoryCopyAtStart>>())));
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var count = await copy.RefreshAsync(cancellationToken).ConfigureAwait(false);
        if (count == 0 && required)
        {
            throw new InvalidOperationException(DirectoryBlobCopy.EmptyContainerMessage("notify seed-directory, from seeds/directory-*.json"));
        }

        LogCopied(logger, count, folder);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        // The copy is per process; the next start copies the container again.
        try
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 4401, Level = LogLevel.Information, Message = "Copied {Count} directory files from blob storage to {Folder}")]
    private static partial void LogCopied(ILogger logger, int count, string folder);
}
