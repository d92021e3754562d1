using System.ComponentModel.DataAnnotations;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>Bound from "Notify:Dispatch".</summary>
public sealed class DispatchOptions
{
    public const string SectionName = "Notify:Dispatch";

    /// <summary>Notices up to this size are attached; larger ones are linked with a time-limited SAS URL.</summary>
    [Range(0, 25_000_000)]
    public long AttachmentMaxBytes { get; set; } = 5_000_000;

    /// <summary>How long a large notice's link works; at most 7 days, the limit of a link signed with the storage identity.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How long a worker's claim on a delivery stands; must outlast one send (SMTP timeout included).</summary>
    [Range(typeof(TimeSpan), "00:00:02", "01:00:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Send attempts before a transient failure becomes a failed delivery; with the self-host's backoff (2 s doubling to 5 min) twelve attempts outlast a half-hour mail server outage.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 12;

    /// <summary>Attempts at ingesting one notice before it is rejected with the last error.</summary>
    [Range(1, 20)]
    public int MaxIngestAttempts { get; set; } = 3;

    /// <summary>Uploads larger than this are rejected before reading.</summary>
    [Range(1, 500_000_000)]
    public long MaxUploadBytes { get; set; } = 50_000_000;

    [Range(1, 256)]
    public int EnqueueParallelism { get; set; } = 32;

    /// <summary>
    /// Deliveries of one notice carried by one storage-queue message, handled one after the other. A storage queue
    /// (Azurite most of all) slows with every message waiting in it, so thousands of one-delivery messages cost more
    /// than the sends; 1 restores one message per delivery.
    /// </summary>
    [Range(1, 64)]
    public int DeliveriesPerMessage { get; set; } = 16;

    /// <summary>Folder of the Liquid templates; defaults to Templates/ beside the binaries.</summary>
    public string? TemplatesPath { get; set; }

    /// <summary>Sender line used in subjects and SMS.</summary>
    [Required]
    public string IssuerName { get; set; } = "UBND tỉnh Lạng Sơn";

    /// <summary>
    /// Folder of the send journal, where each accepted send is written before its row, so a process that dies in
    /// between does not send it again after a restart. Empty: a folder under the temp path named after the storage
    /// account. "off" disables it.
    /// </summary>
    public string? SendJournalFolder { get; set; }

    /// <summary>
    /// Sends per channel and process whose answer is not yet journaled. A process killed mid-send may repeat each of
    /// them after a restart, so this bounds the duplicates one crash can cause; 0 leaves only the transport's own
    /// limit (such as the SMTP pool), for more speed.
    /// </summary>
    [Range(0, 256)]
    public int SendsInFlight { get; set; } = 1;
}
