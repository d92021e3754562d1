namespace LangSon.Notify.Core.Dispatch;

/// <summary>The queue payload: it only points at the delivery row, which holds the truth.</summary>
public sealed record DeliveryMessage(string NoticeId, string DeliveryId);
