using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using LangSon.Notify.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LangSon.Notify.Functions.Tests.EndToEnd;

/// <summary>
/// Does what the Functions host does for the queue triggers, against Azurite: receives from "deliveries", calls the
/// function, deletes on success, leaves the message to reappear on a throw, and after maxDequeueCount (host.json: 5)
/// moves it to "deliveries-poison" and calls the poison function.
/// </summary>
internal sealed class FunctionsDriver(DeliveryFunctions functions, string storageConnection)
{
    private const int MaxDequeueCount = 5;
    private readonly QueueClient deliveries = Queue(storageConnection, StorageNames.DeliveriesQueue);
    private readonly QueueClient poison = Queue(storageConnection, StorageNames.DeliveriesPoisonQueue);

    public int Invocations { get; private set; }

    /// <summary>Uploads a notice, hands it to the ingest function as the Event Grid blob trigger would, and drains every delivery.</summary>
    public static async Task<(IReadOnlyList<DeliveryRecord> Deliveries, FunctionsDriver Driver, TimeSpan Elapsed)> IngestAndDrainAsync(
        IHost host, string storageConnection, string blobName, byte[] content)
    {
        var notices = new BlobServiceClient(storageConnection).GetBlobContainerClient(StorageNames.NoticesContainer);
        await notices.CreateIfNotExistsAsync();
        await notices.GetBlobClient(blobName).UploadAsync(new BinaryData(content));
        await host.Services.GetRequiredService<NoticeFunctions>().IngestAsync(notices.GetBlobClient(blobName), blobName, CancellationToken.None);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var noticeId = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
        var store = host.Services.GetRequiredService<DeliveryStore>();
        var driver = new FunctionsDriver(host.Services.GetRequiredService<DeliveryFunctions>(), storageConnection);
        await driver.DrainAsync(
            async () => (await store.ListAsync(noticeId, CancellationToken.None)).All(d => d.GetStatus().IsFinal()),
            TimeSpan.FromSeconds(120));
        return (await store.ListAsync(noticeId, CancellationToken.None), driver, clock.Elapsed);
    }

    public int Poisoned { get; private set; }

    /// <summary>Uploads a notice and hands it to the ingest function as the Event Grid blob trigger would.</summary>
    public static async Task<string> IngestAsync(IHost host, string storageConnection, string blobName, byte[] content)
    {
        var notices = new BlobServiceClient(storageConnection).GetBlobContainerClient(StorageNames.NoticesContainer);
        await notices.CreateIfNotExistsAsync();
        await notices.GetBlobClient(blobName).UploadAsync(new BinaryData(content));
        await host.Services.GetRequiredService<NoticeFunctions>().IngestAsync(notices.GetBlobClient(blobName), blobName, CancellationToken.None);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
    }

    /// <summary>Runs the queue trigger until no message has been visible for <paramref name="quiet"/>: what is left waits hidden (deferred).</summary>
    public async Task RunUntilQuietAsync(TimeSpan quiet, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var lastWork = System.Diagnostics.Stopwatch.StartNew();
        while (lastWork.Elapsed < quiet)
        {
            QueueMessage[] batch = await deliveries.ReceiveMessagesAsync(16, TimeSpan.FromSeconds(2), deadline.Token);
            if (batch.Length == 0)
            {
                await Task.Delay(100, deadline.Token);
                continue;
            }

            await Task.WhenAll(batch.Select(m => InvokeAsync(m, deadline.Token)));
            lastWork.Restart();
        }
    }

    /// <summary>Messages in the queue, visible or hidden.</summary>
    public async Task<int> QueuedAsync() => (await deliveries.GetPropertiesAsync()).Value.ApproximateMessagesCount;

    /// <summary>Runs until <paramref name="done"/> holds and the queue is empty.</summary>
    public async Task DrainAsync(Func<Task<bool>> done, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            deadline.Token.ThrowIfCancellationRequested();
            QueueMessage[] batch = await deliveries.ReceiveMessagesAsync(16, TimeSpan.FromSeconds(2), deadline.Token);
            if (batch.Length == 0)
            {
                if (await done() && (await deliveries.GetPropertiesAsync(deadline.Token)).Value.ApproximateMessagesCount == 0)
                {
                    return;
                }

                await Task.Delay(200, deadline.Token);
                continue;
            }

            await Task.WhenAll(batch.Select(m => InvokeAsync(m, deadline.Token)));
        }
    }

    private async Task InvokeAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        try
        {
            Invocations++;
            await functions.SendAsync(message, cancellationToken);
            await deliveries.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        }
        catch (Exception) when (message.DequeueCount >= MaxDequeueCount)
        {
            Poisoned++;
            await poison.SendMessageAsync(message.MessageText, cancellationToken);
            await deliveries.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
            QueueMessage[] moved = await poison.ReceiveMessagesAsync(1, cancellationToken: cancellationToken);
            await functions.FailPoisonAsync(moved.Single(), cancellationToken);
            await poison.DeleteMessageAsync(moved[0].MessageId, moved[0].PopReceipt, cancellationToken);
        }
        catch (Exception)
        {
            // The host leaves the message; it reappears after its visibility timeout, as here.
        }
    }

    private static QueueClient Queue(string connection, string name)
    {
        var client = new QueueClient(connection, name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        client.CreateIfNotExists();
        return client;
    }
}
