namespace LangSon.Notify.Core.Dispatch;

/// <summary>The queue payload: it only points at the delivery row, which holds the truth.</summary>
/// <param name="TraceParent">The notice's trace (W3C traceparent), so each send joins the trace its upload started.</param>
public sealed record DeliveryMessage(string NoticeId, string DeliveryId, string? TraceParent = null);
