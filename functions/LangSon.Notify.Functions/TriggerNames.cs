using LangSon.Notify.Core.Storage;

namespace LangSon.Notify.Functions;

/// <summary>The triggers' connection setting; attribute arguments must be constants.</summary>
internal static class TriggerNames
{
    /// <summary>Resolved by the host as a connection string or, identity-based, AzureWebJobsStorage__accountName / __blobServiceUri / __queueServiceUri.</summary>
    public const string Connection = "AzureWebJobsStorage";

    public const string NoticesPath = StorageNames.NoticesContainer + "/{name}";
}
