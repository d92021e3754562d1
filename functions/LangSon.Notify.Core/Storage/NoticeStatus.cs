namespace LangSon.Notify.Core.Storage;

public enum NoticeStatus
{
    Received,
    Parsed,

    /// <summary>Delivery rows exist; queue messages are being sent.</summary>
    Dispatching,

    /// <summary>Every delivery's message was accepted by the queue; delivery progress lives on the deliveries.</summary>
    Dispatched,
    Rejected,
    Duplicate,

    /// <summary>Some recipient mention is unresolved or doubtful, or it was uploaded through the portal: nothing is sent until a clerk confirms.</summary>
    AwaitingReview,
}
