using LangSon.Notify.Core.Storage;

namespace LangSon.Notify.Portal.Hosting;

/// <summary>
/// Running alone, the portal resolves recipients against a private copy of the directory container, made at start
/// before anything resolves (as the self-host and the Functions app do). A changed directory takes effect on restart.
/// </summary>
internal sealed partial class PortalDirectoryCopy(NotifyStorage storage, ILogger<PortalDirectoryCopy> logger, string folder) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var count = await DirectoryBlobCopy.ToFolderAsync(storage, folder, cancellationToken).ConfigureAwait(false);
        if (count == 0)
        {
            throw new InvalidOperationException(DirectoryBlobCopy.EmptyContainerMessage("notify seed-directory"));
        }

        LogCopied(logger, count, folder);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Copied {Count} directory files from blob storage to {Folder}")]
    private static partial void LogCopied(ILogger logger, int count, string folder);
}
