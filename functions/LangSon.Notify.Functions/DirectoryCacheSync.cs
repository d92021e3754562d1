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
        Directory.CreateDirectory(folder);
        await storage.Directory.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var count = 0;
        await foreach (var blob in storage.Directory.GetBlobsAsync(prefix: "directory-", cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (blob.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !blob.Name.Contains('/', StringComparison.Ordinal))
            {
                await storage.Directory.GetBlobClient(blob.Name).DownloadToAsync(Path.Combine(folder, blob.Name), cancellationToken).ConfigureAwait(false);
                count++;
            }
        }

        if (count == 0)
        {
            throw new InvalidOperationException(
                $"The '{StorageNames.DirectoryContainer}' container holds no directory-*.json file: upload the agency directories (notify seed-directory) before starting the app.");
        }

        LogSynced(count, folder);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 5401, Level = LogLevel.Information, Message = "Copied {Count} directory files from blob storage to {Folder}")]
    private partial void LogSynced(int count, string folder);
}
