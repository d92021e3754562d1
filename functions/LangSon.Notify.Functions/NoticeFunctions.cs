using Azure.Storage.Blobs;
using LangSon.Notify.Core.Dispatch;
using Microsoft.Azure.Functions.Worker;

namespace LangSon.Notify.Functions;

/// <summary>
/// An uploaded notice becomes deliveries. Event Grid delivers the blob event, so there is no container scan; the blob is
/// bound as a client so its length is checked before it is downloaded.
/// </summary>
internal sealed class NoticeFunctions(INoticeIngestHandler ingest)
{
    [Function("IngestNotice")]
    public Task IngestAsync(
        [BlobTrigger(TriggerNames.NoticesPath, Source = BlobTriggerSource.EventGrid, Connection = TriggerNames.Connection)] BlobClient blob,
        string name,
        CancellationToken cancellationToken) =>
        ingest.HandleAsync(name, blob, cancellationToken);
}
