using Azure;
using Azure.Data.Tables;

namespace LangSon.Notify.Core.Storage;

/// <summary>A row of the deliveries table: one recipient on one channel. Partition = notice id, row key = delivery id.</summary>
public sealed class DeliveryRecord : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string EntryId { get; set; } = "";

    public string AgencyName { get; set; } = "";

    /// <summary>Why this message exists: the notice itself, or a follow-up to it (see <see cref="DeliveryKinds"/>).</summary>
    public string Kind { get; set; } = DeliveryKinds.Notice;

    /// <summary>"email" or "sms".</summary>
    public string Channel { get; set; } = "";

    public string Address { get; set; } = "";

    public string Status { get; set; } = DeliveryStatus.Queued.ToName();

    public string? Reason { get; set; }

    public int Attempts { get; set; }

    public string? ProviderMessageId { get; set; }

    /// <summary>The task labels of the recipient's excerpts, comma-separated, for progress tables.</summary>
    public string? ExcerptLabels { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When a message for it was last queued after its creation (a retry's release, a recovery sweep); null when only at creation.</summary>
    public DateTimeOffset? QueuedAt { get; set; }

    public DateTimeOffset? ClaimedAt { get; set; }

    public string? ClaimedBy { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public DateTimeOffset? FailedAt { get; set; }

    public string NoticeId => PartitionKey;

    public string DeliveryId => RowKey;

    public DeliveryStatus GetStatus() => StatusNames.ToDeliveryStatus(Status);
}
