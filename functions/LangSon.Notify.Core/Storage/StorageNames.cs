namespace LangSon.Notify.Core.Storage;

/// <summary>Fixed names of the containers, tables and queues; the triggers' attributes need them as constants.</summary>
public static class StorageNames
{
    public const string NoticesContainer = "notices";
    public const string DirectoryContainer = "directory";

    /// <summary>Per-notice dispatch plans (recipients and excerpts), kept apart from uploads so they never trigger ingest.</summary>
    public const string DispatchContainer = "dispatch";

    public const string NoticesTable = "notices";
    public const string DeliveriesTable = "deliveries";
    public const string DeliveryEventsTable = "deliveryevents";

    /// <summary>Receipt state per delivery: provider events and the agency's answers.</summary>
    public const string ReceiptsTable = "receipts";
    /// <summary>Paused channels (bad credentials or configuration), shared by every instance of both hosts.</summary>
    public const string ChannelsTable = "channels";
    public const string SmsOutboxTable = "smsoutbox";
    public const string DeliveriesQueue = "deliveries";
    public const string DeliveriesPoisonQueue = "deliveries-poison";
}
