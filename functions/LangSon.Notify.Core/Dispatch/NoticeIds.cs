using System.Security.Cryptography;
using System.Text;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>Content-derived ids: the same notice or delivery always gets the same id, so re-runs never duplicate.</summary>
internal static class NoticeIds
{
    public static string ForContent(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public static string ForDelivery(string noticeId, string entryId, string channel) =>
        Hash($"{noticeId}|{entryId}|{channel}")[..32];

    /// <summary>
    /// A follow-up message (recall, resend) to one recipient on one channel. <paramref name="occasion"/> tells follow-ups
    /// of the same kind apart: empty for a recall (one per recipient, ever), the request's id for a resend, so a
    /// repeated request sends nothing twice.
    /// </summary>
    public static string ForFollowUp(string noticeId, string entryId, string channel, string kind, string occasion) =>
        Hash($"{noticeId}|{entryId}|{channel}|{kind}|{occasion}")[..32];

    /// <summary>The row id of a duplicate upload: the original's id plus a hash of the new name.</summary>
    public static string ForDuplicate(string noticeId, string blobName) => $"{noticeId}-{Hash(blobName)[..16]}";

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
