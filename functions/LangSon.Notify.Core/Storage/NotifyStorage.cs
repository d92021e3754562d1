using Azure.Core;
using Azure.Identity;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Core.Storage;

/// <summary>The clients for every container, table and queue the pipeline uses, built once from one connection string.</summary>
public sealed class NotifyStorage
{
    public NotifyStorage(IOptions<StorageOptions> options)
    {
        var o = options.Value;
        var timeout = TimeSpan.FromSeconds(o.NetworkTimeoutSeconds);

        var blobOptions = new BlobClientOptions();
        Configure(blobOptions.Retry, o, timeout);
        var tableOptions = new TableClientOptions();
        Configure(tableOptions.Retry, o, timeout);

        // Base64 is what the WebJobs queue trigger expects by default.
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        Configure(queueOptions.Retry, o, timeout);

        if (o.UsesIdentity)
        {
            // Identity-based, as the Functions host reads AzureWebJobsStorage__*: no key exists to put in a connection string.
            var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = o.ClientId });
            Blobs = new BlobServiceClient(o.ServiceUri("blob"), credential, blobOptions);
            Tables = new TableServiceClient(o.ServiceUri("table"), credential, tableOptions);
            Queues = new QueueServiceClient(o.ServiceUri("queue"), credential, queueOptions);
        }
        else
        {
            Blobs = new BlobServiceClient(o.ConnectionString, blobOptions);
            Tables = new TableServiceClient(o.ConnectionString, tableOptions);
            Queues = new QueueServiceClient(o.ConnectionString, queueOptions);
        }

        Notices = Blobs.GetBlobContainerClient(StorageNames.NoticesContainer);
        Directory = Blobs.GetBlobContainerClient(StorageNames.DirectoryContainer);
        Dispatch = Blobs.GetBlobContainerClient(StorageNames.DispatchContainer);
        NoticeRows = Tables.GetTableClient(StorageNames.NoticesTable);
        DeliveryRows = Tables.GetTableClient(StorageNames.DeliveriesTable);
        DeliveryEvents = Tables.GetTableClient(StorageNames.DeliveryEventsTable);
        Receipts = Tables.GetTableClient(StorageNames.ReceiptsTable);
        SmsOutbox = Tables.GetTableClient(StorageNames.SmsOutboxTable);
        Channels = Tables.GetTableClient(StorageNames.ChannelsTable);
        DeliveriesQueue = Queues.GetQueueClient(StorageNames.DeliveriesQueue);
        DeliveriesPoisonQueue = Queues.GetQueueClient(StorageNames.DeliveriesPoisonQueue);
    }

    public BlobServiceClient Blobs { get; }

    public TableServiceClient Tables { get; }

    public QueueServiceClient Queues { get; }

    public BlobContainerClient Notices { get; }

    public BlobContainerClient Directory { get; }

    public BlobContainerClient Dispatch { get; }

    public TableClient NoticeRows { get; }

    public TableClient DeliveryRows { get; }

    public TableClient DeliveryEvents { get; }

    public TableClient Receipts { get; }

    public TableClient SmsOutbox { get; }

    public TableClient Channels { get; }

    public QueueClient DeliveriesQueue { get; }

    public QueueClient DeliveriesPoisonQueue { get; }

    /// <summary>Creates whatever does not exist yet; safe to call on every start.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        await Task.WhenAll(
            Notices.CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            Directory.CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            Dispatch.CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            NoticeRows.CreateIfNotExistsAsync(cancellationToken),
            DeliveryRows.CreateIfNotExistsAsync(cancellationToken),
            DeliveryEvents.CreateIfNotExistsAsync(cancellationToken),
            Receipts.CreateIfNotExistsAsync(cancellationToken),
            SmsOutbox.CreateIfNotExistsAsync(cancellationToken),
            Channels.CreateIfNotExistsAsync(cancellationToken),
            DeliveriesQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken),
            DeliveriesPoisonQueue.CreateIfNotExistsAsync(cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private static void Configure(RetryOptions retry, StorageOptions options, TimeSpan timeout)
    {
        retry.Mode = RetryMode.Exponential;
        retry.MaxRetries = options.MaxRetries;
        retry.Delay = TimeSpan.FromMilliseconds(200);
        retry.MaxDelay = TimeSpan.FromSeconds(10);
        retry.NetworkTimeout = timeout;
    }
}
