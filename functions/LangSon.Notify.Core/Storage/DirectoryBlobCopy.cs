using Azure;
using LangSon.Notify.Understanding.Directory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LangSon.Notify.Core.Storage;

/// <summary>
/// The dated directories live in the "directory" container; the resolver reads directory-*.json files from a folder.
/// Each host copies the container there at start, and again before each notice when a file's ETag changed (an admin's
/// edit in the portal, a new upload): the edited catalog then replaces the one in use, so no restart is needed.
/// </summary>
internal sealed partial class DirectoryBlobCopy(NotifyStorage storage, string folder, IServiceProvider services, ILogger<DirectoryBlobCopy> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Dictionary<string, ETag>? _copied;

    /// <summary>Brings the folder up to date with the container; returns how many directory files it holds.</summary>
    public async Task<int> RefreshAsync(CancellationToken cancellationToken)
    {
        var listed = new Dictionary<string, ETag>(StringComparer.Ordinal);
        if (Volatile.Read(ref _copied) is null)
        {
            // Once, at start; the check before each notice only lists the container.
            await storage.Directory.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        await foreach (var blob in storage.Directory.GetBlobsAsync(prefix: "directory-", cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (blob.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !blob.Name.Contains('/', StringComparison.Ordinal))
            {
                listed[blob.Name] = blob.Properties.ETag ?? default;
            }
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_copied is not null && _copied.Count == listed.Count && listed.All(b => _copied.TryGetValue(b.Key, out var etag) && etag == b.Value))
            {
                return listed.Count;
            }

            System.IO.Directory.CreateDirectory(folder);
            foreach (var (name, etag) in listed)
            {
                if (_copied is null || !_copied.TryGetValue(name, out var known) || known != etag)
                {
                    await storage.Directory.GetBlobClient(name).DownloadToAsync(Path.Combine(folder, name), cancellationToken).ConfigureAwait(false);
                }
            }

            foreach (var stale in _copied?.Keys.Except(listed.Keys).ToList() ?? [])
            {
                File.Delete(Path.Combine(folder, stale));
            }

            var first = _copied is null;
            _copied = listed;
            if (!first)
            {
                Reload();
            }

            return listed.Count;
        }
        finally
        {
            _gate.Release();
        }
    }

    public static string EmptyContainerMessage(string howToUpload) =>
        $"The '{StorageNames.DirectoryContainer}' container holds no directory-*.json file: upload the agency directories ({howToUpload}) before starting.";

    private void Reload()
    {
        try
        {
            var catalog = DirectoryLoader.LoadFolder(folder);
            services.GetRequiredService<DirectoryCatalogSource>().Replace(catalog);
            LogReloaded(logger, catalog.Directories.Count, folder);
        }
        catch (DirectoryLoadException ex)
        {
            // An edit that breaks the catalog must not stop sending: the last good catalog stays in use.
            LogReloadRefused(logger, ex.Message);
        }
    }

    [LoggerMessage(EventId = 4402, Level = LogLevel.Information, Message = "A directory file changed in storage: {Count} directories reloaded from {Folder}; the next notice resolves against them")]
    private static partial void LogReloaded(ILogger logger, int count, string folder);

    [LoggerMessage(EventId = 4403, Level = LogLevel.Error, Message = "A directory file changed in storage but the directories do not load ({Problem}); the previous directories stay in use")]
    private static partial void LogReloadRefused(ILogger logger, string problem);
}
