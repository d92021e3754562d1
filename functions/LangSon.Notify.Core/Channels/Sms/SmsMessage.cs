namespace LangSon.Notify.Core.Channels.Sms;

/// <param name="ToNumber">The number as the directory holds it; providers normalise it.</param>
/// <param name="Body">At most 160 GSM-7 characters.</param>
public sealed record SmsMessage(string NoticeId, string DeliveryId, string ToNumber, string Body);
