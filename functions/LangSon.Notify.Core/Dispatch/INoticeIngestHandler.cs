using Azure.Storage.Blobs;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>Turns an uploaded notice into a notice row, delivery rows and queue messages. Both hosts call it from their blob trigger.</summary>
public interface INoticeIngestHandler
{
    Task HandleAsync(string blobName, Stream content, CancellationToken cancellationToken);

    /// <summary>The triggers' entry: the blob's length is checked from its properties before anything is downloaded.</summary>
    Task HandleAsync(string blobName, BlobClient blob, CancellationToken cancellationToken);
}
