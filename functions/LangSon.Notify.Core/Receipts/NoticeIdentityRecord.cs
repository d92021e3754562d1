using Azure;
using Azure.Data.Tables;

namespace LangSon.Notify.Core.Receipts;

/// <summary>Which notice first claimed a (issuer, number, notation): a row in the notices table's own "identity" partition.</summary>
internal sealed class NoticeIdentityRecord : ITableEntity
{
    public const string Partition = "identity";

    public string PartitionKey { get; set; } = Partition;

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string NoticeId { get; set; } = "";

    public string BlobName { get; set; } = "";

    public string Identity { get; set; } = "";
}
