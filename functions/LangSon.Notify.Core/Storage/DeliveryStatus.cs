namespace LangSon.Notify.Core.Storage;

public enum DeliveryStatus
{
    Queued,
    Sending,
    Sent,
    Failed,
}
