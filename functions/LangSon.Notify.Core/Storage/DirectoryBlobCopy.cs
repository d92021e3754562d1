namespace LangSon.Notify.Core.Storage;

/// <summary>
/// The dated directories live in the "directory" container; the resolver reads directory-*.json files from a folder.
/// Both hosts copy the container into that folder at start, before anything resolves.
/// </summary>
internal static class DirectoryBlobCopy
{
    /// <summary>Copies every top-level directory-*.json blob into <paramref name="folder"/>; returns how many.</summary>
    public static async Task<int> ToFolderAsync(NotifyStorage storage, string folder, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(folder);
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

        return count;
    }

    public static string EmptyContainerMessage(string howToUpload) =>
        $"The '{StorageNames.DirectoryContainer}' container holds no directory-*.json file: upload the agency directories ({howToUpload}) before starting.";
}
