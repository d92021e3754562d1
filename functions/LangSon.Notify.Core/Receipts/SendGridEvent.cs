namespace LangSon.Notify.Core.Receipts;

/// <summary>One element of SendGrid's event webhook array, as far as receipts need it; noticeId and deliveryId are the custom_args sent with the message.</summary>
internal sealed record SendGridEvent(string Event, string EventId, DateTimeOffset At, string? NoticeId, string? DeliveryId, string? MessageId, string? Detail, bool MachineOpen);
