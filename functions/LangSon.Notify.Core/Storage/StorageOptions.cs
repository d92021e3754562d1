using System.ComponentModel.DataAnnotations;

namespace LangSon.Notify.Core.Storage;

/// <summary>
/// Where the pipeline keeps notices, rows and queues. Bound from "Notify:Storage"; falls back to AzureWebJobsStorage,
/// either a connection string or, identity-based, AzureWebJobsStorage__accountName / __blobServiceUri / __queueServiceUri /
/// __tableServiceUri with __clientId for a user-assigned managed identity.
/// </summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string SectionName = "Notify:Storage";

    public string ConnectionString { get; set; } = "";

    /// <summary>Identity-based: the account name, from which the service URIs follow (public cloud).</summary>
    public string? AccountName { get; set; }

    public Uri? BlobServiceUri { get; set; }

    public Uri? QueueServiceUri { get; set; }

    public Uri? TableServiceUri { get; set; }

    /// <summary>Client id of the user-assigned managed identity; empty for DefaultAzureCredential's own choice.</summary>
    public string? ClientId { get; set; }

    public bool UsesIdentity => string.IsNullOrWhiteSpace(ConnectionString);

    public Uri ServiceUri(string service) => service switch
    {
        "blob" when BlobServiceUri is not null => BlobServiceUri,
        "queue" when QueueServiceUri is not null => QueueServiceUri,
        "table" when TableServiceUri is not null => TableServiceUri,
        _ => new Uri($"https://{AccountName}.{service}.core.windows.net/"),
    };

    /// <summary>Per-request network timeout; Azurite can pause for 30–40 s under load, so retries must outlast that.</summary>
    [Range(1, 300)]
    public int NetworkTimeoutSeconds { get; set; } = 20;

    [Range(0, 20)]
    public int MaxRetries { get; set; } = 6;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var identity = !string.IsNullOrWhiteSpace(AccountName) || (BlobServiceUri is not null && QueueServiceUri is not null && TableServiceUri is not null);
        if (UsesIdentity && !identity)
        {
            yield return new ValidationResult(
                "No storage connection string: set AzureWebJobsStorage (or Notify:Storage:ConnectionString) to the storage account or Azurite connection string, or set AzureWebJobsStorage__accountName to use a managed identity.",
                [nameof(ConnectionString)]);
        }
    }
}
