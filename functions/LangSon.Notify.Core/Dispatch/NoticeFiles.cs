using System.Collections.Concurrent;
using LangSon.Notify.Core.Storage;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>The uploaded notice files: their bytes for attachments (cached, every delivery of a notice attaches the same file) and SAS links.</summary>
internal sealed class NoticeFiles(NotifyStorage storage, TimeProvider time)
{
    private const int CacheSize = 8;
    private readonly ConcurrentDictionary<string, Lazy<Task<byte[]>>> _cache = new(StringComparer.Ordinal);
    private readonly BlobLinkSigner _links = new(time);

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

    /// <summary>A read-only link to the notice that expires after <paramref name="lifetime"/>.</summary>
    public Task<Uri> GetLinkAsync(string blobName, TimeSpan lifetime, CancellationToken cancellationToken) =>
        _links.CreateAsync(storage.Blobs, storage.Notices.GetBlobClient(blobName), lifetime, cancellationToken);
}
