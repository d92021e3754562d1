namespace LangSon.Notify.Core.Dispatch;

/// <summary>Setting <c>Notify:Transport</c>: which queue carries one message per delivery.</summary>
public enum NotifyTransport
{
    StorageQueue,
    ServiceBus,
}
