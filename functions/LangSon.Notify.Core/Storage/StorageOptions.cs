using System.ComponentModel.DataAnnotations;

namespace LangSon.Notify.Core.Storage;

/// <summary>Where the pipeline keeps notices, rows and queues. Bound from "Notify:Storage"; the connection string falls back to AzureWebJobsStorage.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Notify:Storage";

    [Required(ErrorMessage = "No storage connection string: set AzureWebJobsStorage (or Notify:Storage:ConnectionString) to the storage account or Azurite connection string.")]
    public string ConnectionString { get; set; } = "";

    /// <summary>Per-request network timeout; Azurite can pause for 30–40 s under load, so retries must outlast that.</summary>
    [Range(1, 300)]
    public int NetworkTimeoutSeconds { get; set; } = 20;

    [Range(0, 20)]
    public int MaxRetries { get; set; } = 6;
}
