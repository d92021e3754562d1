using LangSon.Notify.Core.Storage;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>What the recovery sweep acts on, decided from the rows' own times and the clock alone.</summary>
internal static class RecoverySelection
{
    /// <summary>A "sending" row whose worker's lease ran out: that worker died or hung, and another may take over.</summary>
    public static bool ClaimExpired(DeliveryRecord row, DateTimeOffset now, TimeSpan lease) =>
        row.GetStatus() == DeliveryStatus.Sending && (row.ClaimedAt is not { } claimed || claimed + lease <= now);

    /// <summary>A "queued" row last queued longer ago than the grace period: its message is taken to be lost.</summary>
    public static bool WaitedTooLong(DeliveryRecord row, DateTimeOffset now, TimeSpan grace) =>
        row.GetStatus() == DeliveryStatus.Queued && (row.QueuedAt ?? row.CreatedAt) + grace <= now;

    /// <summary>A notice left between received and dispatched for longer than the grace period since its last attempt.</summary>
    public static bool IngestStuck(NoticeRecord notice, DateTimeOffset now, TimeSpan grace) =>
        notice.GetStatus() is NoticeStatus.Received or NoticeStatus.Parsed or NoticeStatus.Dispatching
        && (notice.AttemptedAt ?? notice.ReceivedAt) + grace <= now;

    /// <summary>
    /// A file in the notices container that no notice row names with its size (a row for an oversized upload has
    /// size −1 and stands for any file over the limit), older than the grace period: its upload event was lost.
    /// </summary>
    public static bool FileWithoutRow(string blobName, long length, DateTimeOffset? lastModified, ILookup<string, long> knownLengths, long maxUploadBytes, DateTimeOffset now, TimeSpan grace) =>
        lastModified is { } modified
        && modified + grace <= now
        && !knownLengths[blobName].Any(known => known == length || (known < 0 && length > maxUploadBytes));
}
