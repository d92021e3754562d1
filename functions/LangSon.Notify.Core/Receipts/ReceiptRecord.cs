using Azure;
using Azure.Data.Tables;

namespace LangSon.Notify.Core.Receipts;

/// <summary>The receipt state of one delivery: what the provider said and what the agency answered. Partition = notice id, row key = delivery id.</summary>
public sealed class ReceiptRecord : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string EntryId { get; set; } = "";

    /// <summary>The furthest provider state (see <see cref="ProviderStates"/>).</summary>
    public string? ProviderState { get; set; }

    public DateTimeOffset? ProviderAt { get; set; }

    public string? ProviderDetail { get; set; }

    /// <summary>First open reported by a privacy proxy rather than a person; does not count as opened.</summary>
    public DateTimeOffset? MachineOpenAt { get; set; }

    /// <summary>01, 02 or 03.</summary>
    public string? Answer { get; set; }

    public DateTimeOffset? AnswerAt { get; set; }

    public string? AnswerReason { get; set; }

    /// <summary>Task progress as JSON: label → {code, at, note}.</summary>
    public string? Tasks { get; set; }

    /// <summary>A bounce, a drop, a failed SMS, a spam report or a refusal (02): shown to staff, never silent.</summary>
    public bool Alert { get; set; }

    public string? AlertReason { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string NoticeId => PartitionKey;

    public string DeliveryId => RowKey;
}
