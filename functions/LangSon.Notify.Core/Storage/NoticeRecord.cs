using Azure;
using Azure.Data.Tables;

namespace LangSon.Notify.Core.Storage;

/// <summary>A row of the notices table. All notices share one partition; the row key is the notice id.</summary>
public sealed class NoticeRecord : ITableEntity
{
    public const string Partition = "notice";

    public string PartitionKey { get; set; } = Partition;

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string BlobName { get; set; } = "";

    public string Status { get; set; } = NoticeStatus.Received.ToName();

    public string? Reason { get; set; }

    /// <summary>For a duplicate upload: the id of the notice with the same content.</summary>
    public string? DuplicateOf { get; set; }

    public long ContentLength { get; set; }

    public string? Kind { get; set; }

    public string? DocumentType { get; set; }

    public string? Number { get; set; }

    public string? Symbol { get; set; }

    public string? Title { get; set; }

    public string? NoticeDate { get; set; }

    /// <summary>KHẨN, THƯỢNG KHẨN or HỎA TỐC when printed.</summary>
    public string? Urgency { get; set; }

    /// <summary>Who uploaded it through the portal; null for a file dropped into the container.</summary>
    public string? UploadedBy { get; set; }

    /// <summary>The clerk who confirmed a held notice, when, and the corrections made (JSON, see ReviewCorrection).</summary>
    public string? ReviewedBy { get; set; }

    public DateTimeOffset? ReviewedAt { get; set; }

    public string? ReviewCorrections { get; set; }

    /// <summary>Set when an admin recalled the notice; recall messages are delivery rows of kind recall.</summary>
    public string? RecalledBy { get; set; }

    public DateTimeOffset? RecalledAt { get; set; }

    /// <summary>The notice's date as ISO 8601 (yyyy-MM-dd) when every part was printed; <see cref="NoticeDate"/> keeps the phrase.</summary>
    public string? IssuedOn { get; set; }

    /// <summary>The signature verdict at ingest: unsigned, valid, untrusted, altered, modified-after-signing, invalid.</summary>
    public string? SignatureStatus { get; set; }

    /// <summary>One line per signature: status, signer, organisation, signing time.</summary>
    public string? Signatures { get; set; }

    public int RecipientCount { get; set; }

    public int DeliveryCount { get; set; }

    public int UnresolvedCount { get; set; }

    /// <summary>Resolution and parse warnings, one per line, for the clerk to review.</summary>
    public string? Warnings { get; set; }

    public int Attempts { get; set; }

    /// <summary>When the last ingest attempt started; the recovery sweep resumes a notice left unfinished long after it.</summary>
    public DateTimeOffset? AttemptedAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public DateTimeOffset? ParsedAt { get; set; }

    public DateTimeOffset? DispatchedAt { get; set; }

    /// <summary>
    /// Index rows only: the portal's snapshot of the notice's dispatch progress (notice and resend deliveries), written
    /// once they are all final so the list needs no delivery query. Every write of the notice replaces its index row
    /// and so drops the snapshot; null or 0 means none.
    /// </summary>
    public int? ProgressTotal { get; set; }

    public int? ProgressSent { get; set; }

    public int? ProgressFailed { get; set; }

    public DateTimeOffset? ProgressFinishedAt { get; set; }

    public NoticeStatus GetStatus() => StatusNames.ToNoticeStatus(Status);
}
