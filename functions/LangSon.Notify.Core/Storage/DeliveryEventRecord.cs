using Azure;
using Azure.Data.Tables;

namespace LangSon.Notify.Core.Storage;

/// <summary>An append-only event of a delivery. Partition = notice id; the row key orders events of a delivery in time.</summary>
public sealed class DeliveryEventRecord : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string DeliveryId { get; set; } = "";

    /// <summary>queued, claimed, sent, retry, failed, poison, requeued; for receipts the provider state or exchange code.</summary>
    public string Kind { get; set; } = "";

    public string? Detail { get; set; }

    public int Attempt { get; set; }

    public string? Worker { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Where a receipt event came from (sendgrid, twilio, smtp, agency); null for the pipeline's own steps.</summary>
    public string? Source { get; set; }

    /// <summary>For a task status (04–06), the task's label.</summary>
    public string? Task { get; set; }
}
