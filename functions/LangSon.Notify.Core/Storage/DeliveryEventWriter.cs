using System.Threading.Channels;
using Azure.Data.Tables;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LangSon.Notify.Core.Storage;

/// <summary>
/// Appends delivery events in table transactions of up to 100 per notice instead of one request each: at thousands of
/// deliveries the storage account (Azurite especially) is the bottleneck. The delivery row, not the event log, is the
/// truth, so events still buffered when a process dies are the only thing a crash can lose; a normal stop flushes them.
/// </summary>
internal sealed partial class DeliveryEventWriter(NotifyStorage storage, ILogger<DeliveryEventWriter> logger) : BackgroundService
{
    private const int TransactionSize = 100;

    // With the client's own retries, about three minutes of an unreachable storage account before a batch is given up.
    private const int MaxAttempts = 9;
    private readonly Channel<DeliveryEventRecord> _pending = Channel.CreateUnbounded<DeliveryEventRecord>(new UnboundedChannelOptions { SingleReader = true });

    public void Append(DeliveryEventRecord record)
    {
        if (!_pending.Writer.TryWrite(record))
        {
            throw new InvalidOperationException("The delivery event log is closed.");
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _pending.Writer.TryComplete();
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<DeliveryEventRecord>();
        while (await _pending.Reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            // Wait briefly so events arriving together share a transaction.
            await Task.Delay(TimeSpan.FromMilliseconds(200), CancellationToken.None).ConfigureAwait(false);
            while (_pending.Reader.TryRead(out var record))
            {
                batch.Add(record);
            }

            await Task.WhenAll(batch.GroupBy(r => r.PartitionKey, StringComparer.Ordinal)
                .SelectMany(g => g.Chunk(TransactionSize))
                .Select(WriteAsync)).ConfigureAwait(false);
            batch.Clear();
        }
    }

    private async Task WriteAsync(DeliveryEventRecord[] chunk)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await storage.DeliveryEvents.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), CancellationToken.None).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (IsStorageFailure(ex) && attempt < MaxAttempts)
            {
                LogRetry(logger, ex, chunk.Length, attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, 1 << (attempt - 1))), CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (IsStorageFailure(ex))
            {
                LogLost(logger, ex, chunk.Length);
                return;
            }
        }
    }

    /// <summary>
    /// When storage is unreachable the client gives up with an AggregateException of its retries, not a
    /// RequestFailedException; either must not escape, or the failed background service stops the whole host.
    /// </summary>
    private static bool IsStorageFailure(Exception ex) => ex is Azure.RequestFailedException or AggregateException or IOException or HttpRequestException or TimeoutException;

    [LoggerMessage(EventId = 4301, Level = LogLevel.Warning, Message = "Writing {Count} delivery events failed (attempt {Attempt}); retrying")]
    private static partial void LogRetry(ILogger logger, Exception exception, int count, int attempt);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Error, Message = "{Count} delivery events could not be written; the delivery rows keep the outcome")]
    private static partial void LogLost(ILogger logger, Exception exception, int count);
}
