using System.Security.Cryptography;
using System.Text;
using Azure;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Text;
using Microsoft.Extensions.Logging;

namespace LangSon.Notify.Core.Receipts;

/// <summary>
/// A notice with the same number, notation and issuer as an earlier one but different content (a rescan, the DOCX
/// after the PDF) is held with an alert naming the earlier one instead of being sent again. The first notice to claim
/// the identity (an insert, so two uploads at once cannot both win) owns it.
/// </summary>
internal sealed class DuplicateNoticeCheck(NotifyStorage storage, NoticeStore notices, ILogger<DuplicateNoticeCheck> logger)
{
    /// <summary>True when the notice was held: its row is then final and nothing is to be sent.</summary>
    public async Task<bool> HoldIfDuplicateAsync(NoticeRecord row, NoticeMetadata document, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(document.Number))
        {
            return false;
        }

        var identity = $"{Key(document.Issuer)}|{Key(document.Number)}|{Key(document.Symbol)}";
        var claim = new NoticeIdentityRecord { RowKey = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity))), NoticeId = row.RowKey, BlobName = row.BlobName, Identity = identity };
        try
        {
            await storage.NoticeRows.AddEntityAsync(claim, cancellationToken).ConfigureAwait(false);
            return false;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
        }

        var owner = (await storage.NoticeRows.GetEntityAsync<NoticeIdentityRecord>(NoticeIdentityRecord.Partition, claim.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        if (owner.NoticeId == row.RowKey)
        {
            return false;
        }

        // A rejected upload sent nothing: its corrected version takes the identity over instead of being held.
        if (await notices.GetAsync(owner.NoticeId, cancellationToken).ConfigureAwait(false) is { } earlier && earlier.GetStatus() == NoticeStatus.Rejected)
        {
            try
            {
                await storage.NoticeRows.UpdateEntityAsync(claim, owner.ETag, Azure.Data.Tables.TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return false;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                return await HoldIfDuplicateAsync(row, document, cancellationToken).ConfigureAwait(false);
            }
        }

        row.Status = NoticeStatus.Duplicate.ToName();
        row.DuplicateOf = owner.NoticeId;
        row.Reason = $"held: same number, notation and issuer as notice {owner.NoticeId} ({owner.BlobName}) but different content; not sent";
        await notices.UpsertAsync(row, cancellationToken).ConfigureAwait(false);
        logger.NoticeHeldAsDuplicate(row.RowKey, row.BlobName, owner.NoticeId, owner.BlobName);
        return true;
    }

    private static string Key(string? value) => VietnameseText.Fold(value ?? "").Replace(" ", "", StringComparison.Ordinal);
}
