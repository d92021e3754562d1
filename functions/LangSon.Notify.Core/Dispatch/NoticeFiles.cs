using System.Collections.Concurrent;
using Azure.Storage.Sas;
using LangSon.Notify.Core.Storage;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>The uploaded notice files: their bytes for attachments (cached, every delivery of a notice attaches the same file) and SAS links.</summary>
internal sealed class NoticeFiles(NotifyStorage storage, TimeProvider time)
{
    private const int CacheSize = 8;
    private readonly ConcurrentDictionary<string, Lazy<Task<byte[]>>> _cache = new(StringComparer.Ordinal);

    public async Task<byte[]> GetContentAsync(string blobName, CancellationToken cancellationToken)
    {
        if (_cache.Count > CacheSize)
        {
            _cache.Clear();
        }

        var lazy = _cache.GetOrAdd(blobName, name => new Lazy<Task<byte[]>>(async () =>
        {
            var result = await storage.Notices.GetBlobClient(name).DownloadContentAsync().ConfigureAwait(false);
            return result.Value.Content.ToArray();
        }));
        try
        {
            return await lazy.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _cache.TryRemove(blobName, out _);
            throw;
        }
    }

    /// <summary>A read-only link that expires after <paramref name="lifetime"/>.</summary>
    public Uri GetLink(string blobName, TimeSpan lifetime)
    {
        var blob = storage.Notices.GetBlobClient(blobName);
        if (!blob.CanGenerateSasUri)
        {
            throw new InvalidOperationException("The storage connection string carries no account key, so no SAS link can be made for a large notice.");
        }

        return blob.GenerateSasUri(BlobSasPermissions.Read, time.GetUtcNow().Add(lifetime));
    }
}
