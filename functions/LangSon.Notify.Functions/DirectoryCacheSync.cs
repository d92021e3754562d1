using LangSon.Notify.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LangSon.Notify.Functions;

/// <summary>
/// The resolver reads directory-*.json from a folder; in Azure the dated directories live in the "directory" container
/// (uploaded with `notify seed-directory`). On start this copies them to the instance's temp folder, before anything
/// resolves, as the self-host does. A changed directory takes effect when instances restart.
/// </summary>
internal sealed partial class DirectoryCacheSync(NotifyStorage storage, string folder, ILogger<DirectoryCacheSync> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var count = await DirectoryBlobCopy.ToFolderAsync(storage, folder, cancellationToken).ConfigureAwait(false);
        if (count == 0)
        {
            throw new InvalidOperationException(DirectoryBlobCopy.EmptyContainerMessage("notify seed-directory"));
        }

        LogSynced(count, folder);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 5401, Level = LogLevel.Information, Message = "Copied {Count} directory files from blob storage to {Folder}")]
    private partial void LogSynced(int count, string folder);
}
