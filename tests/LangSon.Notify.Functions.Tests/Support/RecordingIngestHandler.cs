using Azure.Storage.Blobs;
using LangSon.Notify.Core.Dispatch;

namespace LangSon.Notify.Functions.Tests.Support;

internal sealed class RecordingIngestHandler : INoticeIngestHandler
{
    public List<(string BlobName, byte[] Content)> Ingested { get; } = [];

    public async Task HandleAsync(string blobName, Stream content, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy, cancellationToken);
        Ingested.Add((blobName, copy.ToArray()));
    }

    public async Task HandleAsync(string blobName, BlobClient blob, CancellationToken cancellationToken)
    {
        var content = await blob.DownloadContentAsync(cancellationToken);
        Ingested.Add((blobName, content.Value.Content.ToArray()));
    }
}
