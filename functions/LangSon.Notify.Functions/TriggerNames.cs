namespace LangSon.Notify.Functions;

/// <summary>Trigger paths and the connection setting; attribute arguments must be constants.</summary>
internal static class TriggerNames
{
    /// <summary>Resolved by the host as a connection string or, identity-based, AzureWebJobsStorage__accountName / __blobServiceUri / __queueServiceUri.</summary>
    public const string Connection = "AzureWebJobsStorage";

    public const string NoticesPath = "notices/{name}";

    public const string DeliveriesQueue = "deliveries";

    public const string DeliveriesPoisonQueue = "deliveries-poison";
}
