using LangSon.Notify.Core.Privacy;
using Microsoft.Extensions.Logging;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>The pipeline's main events.</summary>
internal static partial class PipelineLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Notice {NoticeId} received as {BlobName} ({Length} bytes)")]
    public static partial void NoticeReceived(this ILogger logger, string noticeId, string blobName, long length);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Notice {NoticeId} from {BlobName} is a duplicate of the notice uploaded as {OriginalBlobName}; nothing sent")]
    public static partial void NoticeDuplicate(this ILogger logger, string noticeId, string blobName, string originalBlobName);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Notice {NoticeId} already {Status}; trigger for {BlobName} ignored")]
    public static partial void NoticeAlreadyHandled(this ILogger logger, string noticeId, string status, string blobName);

    public static void NoticeRejected(this ILogger logger, string noticeId, string blobName, string reason) =>
        NoticeRejectedMasked(logger, noticeId, blobName, PersonalData.Mask(reason));

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Notice {NoticeId} from {BlobName} rejected: {Reason}")]
    private static partial void NoticeRejectedMasked(this ILogger logger, string noticeId, string blobName, string reason);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information, Message = "Notice {NoticeId} dispatched: {Recipients} recipients, {Deliveries} deliveries, {Enqueued} messages queued in {ElapsedMs} ms")]
    public static partial void NoticeDispatched(this ILogger logger, string noticeId, int recipients, int deliveries, int enqueued, long elapsedMs);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "Ingest attempt {Attempt} of notice {NoticeId} failed; the trigger will retry")]
    public static partial void IngestAttemptFailed(this ILogger logger, Exception exception, string noticeId, int attempt);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Information, Message = "Notice {NoticeId} from {BlobName} held for review: {Unresolved} unresolved mentions; nothing sent")]
    public static partial void NoticeHeldForReview(this ILogger logger, string noticeId, string blobName, int unresolved);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Information, Message = "Notice {NoticeId} confirmed by {Reviewer} with {Corrections} corrections")]
    public static partial void NoticeConfirmed(this ILogger logger, string noticeId, string reviewer, int corrections);

    [LoggerMessage(EventId = 4009, Level = LogLevel.Information, Message = "{Kind} of notice {NoticeId} requested by {User}: {Deliveries} deliveries queued")]
    public static partial void FollowUpQueued(this ILogger logger, string kind, string noticeId, string user, int deliveries);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Delivery {DeliveryId} of notice {NoticeId} sent by {Channel} to {Agency} (provider id {ProviderMessageId}, attempt {Attempt})")]
    public static partial void DeliverySent(this ILogger logger, string deliveryId, string noticeId, string channel, string agency, string? providerMessageId, int attempt);

    public static void DeliveryFailed(this ILogger logger, string deliveryId, string noticeId, string reason) =>
        DeliveryFailedMasked(logger, deliveryId, noticeId, PersonalData.Mask(reason));

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Delivery {DeliveryId} of notice {NoticeId} failed: {Reason}")]
    private static partial void DeliveryFailedMasked(this ILogger logger, string deliveryId, string noticeId, string reason);

    public static void DeliveryRetry(this ILogger logger, string deliveryId, string noticeId, int attempt, string reason) =>
        DeliveryRetryMasked(logger, deliveryId, noticeId, attempt, PersonalData.Mask(reason));

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Delivery {DeliveryId} of notice {NoticeId} attempt {Attempt} failed transiently, will retry: {Reason}")]
    private static partial void DeliveryRetryMasked(this ILogger logger, string deliveryId, string noticeId, int attempt, string reason);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Debug, Message = "Delivery {DeliveryId} of notice {NoticeId} already {Status}; message ignored")]
    public static partial void DeliveryAlreadyFinal(this ILogger logger, string deliveryId, string noticeId, string status);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Warning, Message = "Queue message points at delivery {DeliveryId} of notice {NoticeId}, which does not exist; message dropped")]
    public static partial void DeliveryMissing(this ILogger logger, string deliveryId, string noticeId);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Information, Message = "Delivery {DeliveryId} of notice {NoticeId} is being sent by {Worker}; will look again later")]
    public static partial void DeliveryBusy(this ILogger logger, string deliveryId, string noticeId, string? worker);

    public static void DeliveryPoisoned(this ILogger logger, string deliveryId, string noticeId, string reason) =>
        DeliveryPoisonedMasked(logger, deliveryId, noticeId, PersonalData.Mask(reason));

    [LoggerMessage(EventId = 4107, Level = LogLevel.Error, Message = "Delivery {DeliveryId} of notice {NoticeId} reached the poison queue: {Reason}")]
    private static partial void DeliveryPoisonedMasked(this ILogger logger, string deliveryId, string noticeId, string reason);

    [LoggerMessage(EventId = 4108, Level = LogLevel.Warning, Message = "Delivery {DeliveryId} was taken over by another worker after its lease expired; it may have been sent twice")]
    public static partial void DeliveryLeaseLost(this ILogger logger, string deliveryId);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Information, Message = "Notice {NoticeId} resumed from its delivery rows: {Enqueued} messages queued, now dispatched")]
    public static partial void NoticeDispatchFinished(this ILogger logger, string noticeId, int enqueued);

    public static void NoticeNotRejected(this ILogger logger, string noticeId, string reason) =>
        NoticeNotRejectedMasked(logger, noticeId, PersonalData.Mask(reason));

    [LoggerMessage(EventId = 4011, Level = LogLevel.Warning, Message = "Notice {NoticeId} kept, not rejected, because its deliveries were already written: {Reason}")]
    private static partial void NoticeNotRejectedMasked(this ILogger logger, string noticeId, string reason);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Recovery sweep: {Recorded} unsaved sends recorded, {TakenOver} expired claims taken over, {Requeued} waiting deliveries queued again, {Resumed} notices resumed, {Ingested} files without a notice row ingested, {Failures} failures, in {ElapsedMs} ms")]
    public static partial void RecoverySwept(this ILogger logger, int recorded, int takenOver, int requeued, int resumed, int ingested, int failures, long elapsedMs);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning, Message = "Recovery sweep resumes notice {NoticeId} ({BlobName}), left {Status} since {Since}")]
    public static partial void RecoveryNoticeResumed(this ILogger logger, string noticeId, string blobName, string status, DateTimeOffset since);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Warning, Message = "Recovery sweep found {BlobName} in the notices container with no notice row (its upload event was lost); ingesting it")]
    public static partial void RecoveryBlobIngested(this ILogger logger, string blobName);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Error, Message = "Recovery sweep could not recover {What}; the next sweep tries again")]
    public static partial void RecoveryItemFailed(this ILogger logger, Exception exception, string what);

    [LoggerMessage(EventId = 4205, Level = LogLevel.Warning, Message = "Recovery sweep: notice {NoticeId} was left {Status} and its file {BlobName} is gone")]
    public static partial void RecoveryNoticeFileMissing(this ILogger logger, string noticeId, string status, string blobName);

    [LoggerMessage(EventId = 4206, Level = LogLevel.Warning, Message = "Recovery sweep: {Count} deliveries waited in the queue past the grace period, or their worker died, and were queued again")]
    public static partial void RecoveryDeliveriesRequeued(this ILogger logger, int count);
}
