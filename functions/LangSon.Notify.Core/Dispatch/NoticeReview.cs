using LangSon.Notify.Core.Channels.Email;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Understanding.Directory;
using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Reading;
using LangSon.Notify.Understanding.Resolution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>
/// The clerk's side of a held notice: an upload through the portal (held until confirmed), the preview of what the
/// pipeline understood, and the confirmation with corrections, which hands the notice back to the ingest handler.
/// </summary>
public sealed class NoticeReview(
    IDocumentReader reader,
    INoticeParser parser,
    INoticeResolver resolver,
    IServiceProvider services,
    NoticeStore notices,
    NotifyStorage storage,
    IOptions<DispatchOptions> options,
    TimeProvider time,
    ILogger<NoticeReview> logger)
{
    /// <summary>Reads, parses and resolves an uploaded file, stores it held for review, and returns its notice id. Throws <see cref="DocumentReadException"/> for an unreadable file.</summary>
    public async Task<(string NoticeId, bool Existed)> HoldUploadAsync(string fileName, byte[] content, string user, CancellationToken cancellationToken)
    {
        if (content.LongLength > options.Value.MaxUploadBytes)
        {
            throw new ArgumentException($"Tệp lớn hơn giới hạn {options.Value.MaxUploadBytes / 1_000_000} MB.", nameof(content));
        }

        var preview = Understand(content, fileName, []);
        var noticeId = NoticeIds.ForContent(content);
        if (await notices.GetAsync(noticeId, cancellationToken).ConfigureAwait(false) is not null)
        {
            return (noticeId, true);
        }

        var now = time.GetUtcNow();
        var safeName = string.Concat(Path.GetFileName(fileName).Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'));
        var blobName = $"portal-{now:yyyyMMdd-HHmmss}-{noticeId[..8]}-{safeName}";
        var doc = preview.Resolved.Notice.Document;
        var row = new NoticeRecord
        {
            RowKey = noticeId,
            BlobName = blobName,
            Status = NoticeStatus.AwaitingReview.ToName(),
            Reason = "tải lên qua cổng thông tin: chờ văn thư xác nhận",
            ContentLength = content.LongLength,
            Kind = preview.Kind,
            DocumentType = doc.Type,
            Number = doc.Number,
            Symbol = doc.Symbol,
            Title = doc.Title,
            NoticeDate = NoticeIngestHandler.FormatDate(doc.Date),
            Urgency = doc.Urgency,
            UploadedBy = user,
            RecipientCount = preview.Resolved.Recipients.Count,
            UnresolvedCount = preview.Resolved.Unresolved.Count,
            ReceivedAt = now,
            ParsedAt = now,
        };
        // The row first, then the file: the blob trigger then finds the notice awaiting review and leaves it alone.
        if (!await notices.TryAddAsync(row, cancellationToken).ConfigureAwait(false))
        {
            return (noticeId, true);
        }

        await storage.Notices.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await storage.Notices.GetBlobClient(blobName).UploadAsync(new BinaryData(content), overwrite: true, cancellationToken).ConfigureAwait(false);
        return (noticeId, false);
    }

    /// <summary>What the pipeline understood of a stored notice, with the corrections recorded so far; null when the notice or its file is gone.</summary>
    public async Task<NoticePreview?> PreviewAsync(string noticeId, CancellationToken cancellationToken)
    {
        var row = await notices.GetAsync(noticeId, cancellationToken).ConfigureAwait(false);
        if (row is null || row.GetStatus() == NoticeStatus.Duplicate)
        {
            return null;
        }

        var content = await DownloadAsync(row.BlobName, cancellationToken).ConfigureAwait(false);
        try
        {
            return content is null ? null : Understand(content, row.BlobName, ReviewCorrection.Parse(row.ReviewCorrections)) with { Row = row };
        }
        catch (DocumentReadException)
        {
            // An unreadable file was rejected at ingest; its row says why, and there is nothing to preview.
            return null;
        }
    }

    /// <summary>Records the clerk's corrections and sends the notice. Returns a Vietnamese message when it cannot.</summary>
    public async Task<string?> ConfirmAsync(string noticeId, IReadOnlyList<ReviewCorrection> corrections, string reviewer, CancellationToken cancellationToken)
    {
        var row = await notices.GetAsync(noticeId, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return "Không tìm thấy văn bản.";
        }

        if (row.GetStatus() != NoticeStatus.AwaitingReview)
        {
            return $"Văn bản không còn chờ duyệt (trạng thái: {row.Status}).";
        }

        var content = await DownloadAsync(row.BlobName, cancellationToken).ConfigureAwait(false);
        if (content is null)
        {
            return "Không tìm thấy tệp văn bản trong kho lưu trữ.";
        }

        var check = Understand(content, row.BlobName, corrections);
        if (check.Resolved.Recipients.Count == 0)
        {
            return "Sau khi sửa, văn bản không còn nơi nhận nào: không có gì để gửi.";
        }

        row.ReviewedBy = reviewer;
        row.ReviewedAt = time.GetUtcNow();
        row.ReviewCorrections = ReviewCorrection.Serialize(corrections);
        row.Status = NoticeStatus.Received.ToName();
        row.Reason = null;
        // Guarded by the ETag: of two clerks confirming at once, one wins and the other is told.
        if (!await notices.TryReplaceAsync(row, cancellationToken).ConfigureAwait(false))
        {
            return "Văn bản vừa được người khác xác nhận.";
        }

        logger.NoticeConfirmed(noticeId, reviewer, corrections.Count);
        var ingest = services.GetRequiredService<INoticeIngestHandler>();
        await ingest.HandleAsync(row.BlobName, new MemoryStream(content, writable: false), cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>
    /// The email one agency would receive for a previewed notice, composed as the dispatch would compose it; null when
    /// the agency is not among the recipients.
    /// </summary>
    public async Task<EmailMessage?> ComposeEmailAsync(string noticeId, NoticePreview preview, string entryId, CancellationToken cancellationToken)
    {
        var recipient = preview.Resolved.Recipients.FirstOrDefault(r => r.Entry.Id == entryId);
        if (recipient is null || preview.Row is null)
        {
            return null;
        }

        var plan = NoticeIngestHandler.BuildPlan(noticeId, preview.Row.BlobName, preview.Kind, preview.ContentLength, preview.Resolved);
        var delivery = new DeliveryRecord
        {
            PartitionKey = noticeId,
            RowKey = NoticeIds.ForDelivery(noticeId, entryId, "email"),
            EntryId = entryId,
            AgencyName = recipient.Entry.Name,
            Channel = "email",
            Address = recipient.Entry.Contacts.Emails.FirstOrDefault() ?? "",
        };
        var composer = services.GetRequiredService<EmailComposer>();
        return await composer.ComposeAsync(plan, plan.Recipients.First(r => r.EntryId == entryId), delivery, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads, parses and resolves a file, with corrections applied.</summary>
    public NoticePreview Understand(byte[] content, string name, IReadOnlyList<ReviewCorrection> corrections)
    {
        var text = reader.Read(new MemoryStream(content, writable: false), name);
        var parsed = parser.Parse(text.Text);
        var catalog = services.GetRequiredService<DirectoryCatalog>();
        var original = resolver.Resolve(parsed);
        var resolved = corrections.Count == 0 ? original : ReviewCorrection.Apply(parsed, corrections, resolver, catalog);
        var directory = catalog.Select(parsed.Document.Date.EffectiveDate()).Directory;
        return new NoticePreview(null, text.Kind.ToString().ToLowerInvariant(), content.LongLength, original, resolved, directory, corrections);
    }

    private async Task<byte[]?> DownloadAsync(string blobName, CancellationToken cancellationToken)
    {
        try
        {
            var result = await storage.Notices.GetBlobClient(blobName).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return result.Value.Content.ToArray();
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }
}
