using LangSon.Notify.Core.Storage;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.SelfHost.Hosting;

/// <summary>
/// The dated directories live in the "directory" container; the resolver reads directory-*.json files from a folder.
/// On start this copies the container into that folder, before anything resolves. A changed directory takes effect
/// on the next start.
/// </summary>
internal sealed partial class DirectoryBlobSync(NotifyStorage storage, IOptions<SelfHostOptions> options, ILogger<DirectoryBlobSync> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var folder = options.Value.DirectoryCacheFolder;
        var count = await DirectoryBlobCopy.ToFolderAsync(storage, folder, cancellationToken).ConfigureAwait(false);
        if (count == 0 && options.Value.RequireDirectory)
        {
            throw new InvalidOperationException(DirectoryBlobCopy.EmptyContainerMessage("notify seed-directory, from seeds/directory-*.json"));
        }

        LogSynced(logger, count, folder);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        // The copy is per process; the next start copies the container again.
        try
        {
            System.IO.Directory.Delete(options.Value.DirectoryCacheFolder, recursive: true);
        }
        catch (IOException)
        {
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 4401, Level = LogLevel.Information, Message = "Copied {Count} directory files from blob storage to {Folder}")]
    private static partial void LogSynced(ILogger logger, int count, string folder);
}
