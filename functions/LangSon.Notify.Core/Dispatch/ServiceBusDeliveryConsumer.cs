using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using LangSon.Notify.Core.Privacy;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>
/// The self-host's consumer of the Service Bus transport, with the storage queue's outcomes: handled → complete;
/// a transient send failure → rescheduled with backoff (or the provider's Retry-After); any other error → abandon
/// (retried); receipts used up → the delivery is marked failed and the message dead-lettered.
/// </summary>
internal sealed partial class ServiceBusDeliveryConsumer(
    ServiceBusProcessor processor,
    ServiceBusSender sender,
    IDeliveryHandler handler,
    IOptions<ServiceBusTransportOptions> options,
    TimeProvider time,
    ILogger<ServiceBusDeliveryConsumer> logger) : IHostedService
{
    internal const string MaxDeliveryCountExceeded = "MaxDeliveryCountExceeded";
    internal const string UnreadableMessage = "UnreadableMessage";

    private readonly int maxDeliveryCount = options.Value.MaxDeliveryCount;
    private readonly RetryBackoff backoff = options.Value.Backoff;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        processor.ProcessMessageAsync += ProcessMessageAsync;
        processor.ProcessErrorAsync += ProcessErrorAsync;
        await processor.StartProcessingAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => processor.StopProcessingAsync(cancellationToken);

    internal async Task ProcessMessageAsync(ProcessMessageEventArgs args)
    {
        var received = args.Message;
        DeliveryMessage message;
        try
        {
            message = StorageDeliveryQueue.Deserialize(received.Body.ToString());
        }
        catch (InvalidDataException ex)
        {
            // No delivery to mark failed: the dead-letter queue is where an operator will see it.
            LogUnreadable(received.MessageId, ex.Message);
            await args.DeadLetterMessageAsync(received, UnreadableMessage, ex.Message, CancellationToken.None).ConfigureAwait(false);
            return;
        }

        if (received.DeliveryCount > maxDeliveryCount)
        {
            await GiveUpAsync(args, message, $"gave up after {received.DeliveryCount - 1} attempts").ConfigureAwait(false);
            return;
        }

        try
        {
            await handler.HandleAsync(message, received.DeliveryCount, args.CancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (args.CancellationToken.IsCancellationRequested)
        {
            await args.AbandonMessageAsync(received, cancellationToken: CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        catch (TransientDeliveryException ex)
        {
            // Abandon would redeliver at once; a transient failure waits (the provider's Retry-After, else backoff).
            // The scheduled copy needs its own MessageId, or duplicate detection would drop it as the message it replaces.
            var wait = backoff.Delay(ex);
            var copy = ServiceBusDeliveryQueue.ToServiceBusMessage(message);
            copy.MessageId = $"{message.DeliveryId}/retry-{ex.Attempt}-{received.SequenceNumber}";
            await sender.ScheduleMessageAsync(copy, time.GetUtcNow() + wait, CancellationToken.None).ConfigureAwait(false);
            await args.CompleteMessageAsync(received, CancellationToken.None).ConfigureAwait(false);
            LogDeferred(message.DeliveryId, wait, PersonalData.Mask(ex.Reason));
            return;
        }
        catch (Exception ex)
        {
            if (received.DeliveryCount >= maxDeliveryCount)
            {
                await GiveUpAsync(args, message, $"gave up after {received.DeliveryCount} attempts: {ex.Message}").ConfigureAwait(false);
                return;
            }

            LogRetry(ex, message.DeliveryId, received.DeliveryCount, maxDeliveryCount);
            await args.AbandonMessageAsync(received, cancellationToken: CancellationToken.None).ConfigureAwait(false);
            return;
        }

        await args.CompleteMessageAsync(received, CancellationToken.None).ConfigureAwait(false);
    }

    private async Task GiveUpAsync(ProcessMessageEventArgs args, DeliveryMessage message, string reason)
    {
        try
        {
            await handler.HandlePoisonAsync(message, reason, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // Keep the message so the failure is recorded on a later attempt rather than lost in the dead-letter queue.
            LogPoisonFailed(ex, message.DeliveryId);
            await args.AbandonMessageAsync(args.Message, cancellationToken: CancellationToken.None).ConfigureAwait(false);
            return;
        }

        LogDeadLettered(message.DeliveryId, PersonalData.Mask(reason));
        await args.DeadLetterMessageAsync(args.Message, MaxDeliveryCountExceeded, reason, CancellationToken.None).ConfigureAwait(false);
    }

    private Task ProcessErrorAsync(ProcessErrorEventArgs args)
    {
        LogProcessorError(args.Exception, args.ErrorSource.ToString(), args.EntityPath);
        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 5311, Level = LogLevel.Warning, Message = "Delivery {DeliveryId} failed on attempt {Attempt} of {MaxAttempts}; abandoned for retry")]
    private partial void LogRetry(Exception exception, string deliveryId, int attempt, int maxAttempts);

    [LoggerMessage(EventId = 5312, Level = LogLevel.Error, Message = "Delivery {DeliveryId} dead-lettered and marked failed: {Reason}")]
    private partial void LogDeadLettered(string deliveryId, string reason);

    [LoggerMessage(EventId = 5313, Level = LogLevel.Error, Message = "Service Bus message {MessageId} is not a delivery message and was dead-lettered: {Problem}")]
    private partial void LogUnreadable(string messageId, string problem);

    [LoggerMessage(EventId = 5314, Level = LogLevel.Error, Message = "Could not mark delivery {DeliveryId} failed; the message is kept for another attempt")]
    private partial void LogPoisonFailed(Exception exception, string deliveryId);

    [LoggerMessage(EventId = 5316, Level = LogLevel.Information, Message = "Delivery {DeliveryId} rescheduled in {Delay}: {Reason}")]
    private partial void LogDeferred(string deliveryId, TimeSpan delay, string reason);

    [LoggerMessage(EventId = 5315, Level = LogLevel.Error, Message = "Service Bus processor error ({Source}) on {EntityPath}")]
    private partial void LogProcessorError(Exception exception, string source, string entityPath);
}
