namespace LangSon.Notify.Core.Dispatch;

/// <summary>Turns an uploaded notice into a notice row, delivery rows and queue messages. Both hosts call it from their blob trigger.</summary>
public interface INoticeIngestHandler
{
    Task HandleAsync(string blobName, Stream content, CancellationToken cancellationToken);
}
