using Azure.Storage.Queues.Models;
using Microsoft.Azure.WebJobs.Host.Executors;
using Microsoft.Azure.WebJobs.Host.Queues;

namespace LangSon.Notify.SelfHost.Hosting;

/// <summary>Retries a failed message after an exponentially growing delay (1 s, 2 s, 4 s … up to a cap) instead of the SDK's fixed one.</summary>
internal sealed class BackoffQueueProcessorFactory(TimeSpan first, TimeSpan cap) : IQueueProcessorFactory
{
    public QueueProcessor Create(QueueProcessorOptions context) => new BackoffQueueProcessor(context, first, cap);

    private sealed class BackoffQueueProcessor(QueueProcessorOptions options, TimeSpan first, TimeSpan cap) : QueueProcessor(options)
    {
        protected override Task ReleaseMessageAsync(QueueMessage message, FunctionResult result, TimeSpan visibilityTimeout, CancellationToken cancellationToken)
        {
            var exponent = Math.Clamp(message.DequeueCount - 1, 0, 20);
            var delay = TimeSpan.FromTicks(Math.Min(cap.Ticks, first.Ticks * (1L << (int)exponent)));
            return base.ReleaseMessageAsync(message, result, delay, cancellationToken);
        }
    }
}
