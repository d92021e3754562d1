using Microsoft.Extensions.Logging;

namespace LangSon.Notify.Core.Receipts;

internal static partial class ReceiptLog
{
    [LoggerMessage(EventId = 4401, Level = LogLevel.Information, Message = "Receipt {Source} {Kind} recorded for delivery {DeliveryId} of notice {NoticeId}")]
    public static partial void ReceiptRecorded(this ILogger logger, string source, string kind, string deliveryId, string noticeId);

    [LoggerMessage(EventId = 4402, Level = LogLevel.Warning, Message = "ALERT delivery {DeliveryId} of notice {NoticeId} to {Agency}: {Source} {Kind} {Detail}")]
    public static partial void ReceiptAlert(this ILogger logger, string deliveryId, string noticeId, string agency, string source, string kind, string? detail);

    [LoggerMessage(EventId = 4403, Level = LogLevel.Warning, Message = "Receipt {Source} {Kind} names delivery {DeliveryId} of notice {NoticeId}, which does not exist; ignored")]
    public static partial void ReceiptUnknownDelivery(this ILogger logger, string source, string kind, string deliveryId, string noticeId);

    [LoggerMessage(EventId = 4404, Level = LogLevel.Warning, Message = "Receipt {Source} {Kind} for delivery {DeliveryId} carries provider message {EventMessageId}, the delivery has {DeliveryMessageId}; ignored")]
    public static partial void ReceiptMismatch(this ILogger logger, string source, string kind, string deliveryId, string eventMessageId, string? deliveryMessageId);

    [LoggerMessage(EventId = 4405, Level = LogLevel.Warning, Message = "Webhook {Endpoint} refused with {StatusCode}: {Reason} (from {Remote})")]
    public static partial void WebhookRefused(this ILogger logger, string endpoint, int statusCode, string reason, string? remote);

    [LoggerMessage(EventId = 4406, Level = LogLevel.Information, Message = "Webhook {Endpoint}: {Recorded} recorded, {Duplicates} duplicate, {Unmatched} unmatched")]
    public static partial void WebhookReceived(this ILogger logger, string endpoint, int recorded, int duplicates, int unmatched);

    [LoggerMessage(EventId = 4407, Level = LogLevel.Information, Message = "Follow-up {Kind} {Step} queued for {Agency} on notice {NoticeId} (delivery {DeliveryId})")]
    public static partial void FollowUpQueued(this ILogger logger, string kind, string step, string agency, string noticeId, string deliveryId);

    [LoggerMessage(EventId = 4408, Level = LogLevel.Warning, Message = "Escalation step {Step} for {Agency} on notice {NoticeId} has no address: {Problem}")]
    public static partial void FollowUpUnaddressed(this ILogger logger, string step, string agency, string noticeId, string problem);

    [LoggerMessage(EventId = 4409, Level = LogLevel.Error, Message = "Deadline check failed")]
    public static partial void DeadlineCheckFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4410, Level = LogLevel.Warning, Message = "ALERT notice {NoticeId} ({BlobName}) has the number, notation and issuer of notice {EarlierId} ({EarlierBlob}) but different content: held, not sent")]
    public static partial void NoticeHeldAsDuplicate(this ILogger logger, string noticeId, string blobName, string earlierId, string earlierBlob);
}
