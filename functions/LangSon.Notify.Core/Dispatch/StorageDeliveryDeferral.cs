using LangSon.Notify.Core.Privacy;
using LangSon.Notify.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Core.Dispatch;

internal sealed partial class StorageDeliveryDeferral(NotifyStorage storage, IOptions<RetryBackoffOptions> options, ILogger<StorageDeliveryDeferral> logger) : IDeliveryDeferral
{
    private readonly RetryBackoff backoff = options.Value.Backoff;

    public async Task<TimeSpan> DeferAsync(string messageText, TransientDeliveryException failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var delay = backoff.Delay(failure);
        await storage.DeliveriesQueue.SendMessageAsync(messageText, visibilityTimeout: delay, cancellationToken: cancellationToken).ConfigureAwait(false);
        LogDeferred(failure.DeliveryId, delay, PersonalData.Mask(failure.Reason));
        return delay;
    }

    [LoggerMessage(EventId = 5402, Level = LogLevel.Information, Message = "Delivery {DeliveryId} deferred by {Delay}: {Reason}")]
    private partial void LogDeferred(string deliveryId, TimeSpan delay, string reason);
}
