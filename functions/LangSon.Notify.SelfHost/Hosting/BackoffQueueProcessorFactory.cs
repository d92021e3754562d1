using Azure.Storage.Queues.Models;
using LangSon.Notify.Core.Dispatch;
using Microsoft.Azure.WebJobs.Host.Executors;
using Microsoft.Azure.WebJobs.Host.Queues;

namespace LangSon.Notify.SelfHost.Hosting;

/// <summary>
/// Releases a message whose function threw an unexpected error after the shared backoff (by dequeue count) instead of
/// the SDK's fixed delay. Transient send failures never get here: the trigger defers them itself (IDeliveryDeferral).
/// </summary>
internal sealed class BackoffQueueProcessorFactory(RetryBackoff backoff) : IQueueProcessorFactory
{
    public QueueProcessor Create(QueueProcessorOptions context) => new BackoffQueueProcessor(context, backoff);

    private sealed class BackoffQueueProcessor(QueueProcessorOptions options, RetryBackoff backoff) : QueueProcessor(options)
    {
        protected override Task ReleaseMessageAsync(QueueMessage message, FunctionResult result, TimeSpan visibilityTimeout, CancellationToken cancellationToken) =>
            base.ReleaseMessageAsync(message, result, backoff.Delay(message.DequeueCount), cancellationToken);
    }
}
