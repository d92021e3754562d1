namespace LangSon.Notify.Core.Receipts;

public enum RecordOutcome
{
    /// <summary>New event, kept; the state moved if the event was ahead of it.</summary>
    Recorded,

    /// <summary>The same event was kept before; nothing changed.</summary>
    Duplicate,

    /// <summary>No delivery matches; nothing kept.</summary>
    UnknownDelivery,

    /// <summary>The event contradicts the delivery (another provider message); nothing kept.</summary>
    Mismatch,
}
