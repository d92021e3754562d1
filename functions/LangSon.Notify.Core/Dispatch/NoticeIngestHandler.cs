using System.Diagnostics;
using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Reading;
using LangSon.Notify.Understanding.Resolution;
using LangSon.Notify.Core.Receipts;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Understanding.Directory;
using LangSon.Notify.Understanding.Signatures;
using LangSon.Notify.Core.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>
/// Reads, parses and resolves an upload, then writes the notice row, the dispatch plan, one delivery row per
/// recipient and channel, and one queue message per delivery. Every step is keyed by content-derived ids, so a
/// re-trigger resumes where it stopped and never sends twice.
/// </summary>
internal sealed class NoticeIngestHandler(
    IDocumentReader reader,
    INoticeParser parser,
    INoticeResolver resolver,
    NoticeStore notices,
    DeliveryStore deliveries,
    DispatchPlanStore plans,
    IDeliveryQueue queue,
    DeliveryRequeue requeue,
    DuplicateNoticeCheck duplicates,
    IOptions<DispatchOptions> options,
    IOptions<ReviewOptions> review,
    ISignatureVerifier signatures,
    IOptions<SignatureOptions> signaturePolicy,
    IServiceProvider services,
    TimeProvider time,
    ILogger<NoticeIngestHandler> logger) : INoticeIngestHandler
{
    public async Task HandleAsync(string blobName, BlobClient blob, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blob);

        // The blob's length comes from its properties, so an oversized upload is rejected without downloading a byte of it.
        var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        if (properties.Value.ContentLength > options.Value.MaxUploadBytes)
        {
            await HandleAsync(blobName, null, properties.Value.ContentLength, cancellationToken).ConfigureAwait(false);
            return;
        }

        var download = await blob.DownloadStreamingAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        using var content = download.Value;
        await HandleAsync(blobName, content.Content, cancellationToken).ConfigureAwait(false);
    }

    public async Task HandleAsync(string blobName, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var known = content.CanSeek ? content.Length - content.Position : (long?)null;
        var bytes = known > options.Value.MaxUploadBytes ? null : await ReadAllAsync(content, options.Value.MaxUploadBytes, cancellationToken).ConfigureAwait(false);
        await HandleAsync(blobName, bytes, known, cancellationToken).ConfigureAwait(false);
    }

    /// <param name="bytes">The upload, or null when it is over the size limit (then <paramref name="length"/> is its size when known).</param>
    private async Task HandleAsync(string blobName, byte[]? bytes, long? length, CancellationToken cancellationToken)
    {
        // An oversized upload is never read whole, so its id comes from its name instead of its content.
        var noticeId = bytes is null ? NoticeIds.ForContent(System.Text.Encoding.UTF8.GetBytes($"oversized:{blobName}")) : NoticeIds.ForContent(bytes);

        var row = await notices.GetAsync(noticeId, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            row = new NoticeRecord { RowKey = noticeId, BlobName = blobName, ContentLength = bytes?.LongLength ?? length ?? -1, ReceivedAt = time.GetUtcNow() };
            if (await notices.TryAddAsync(row, cancellationToken).ConfigureAwait(false))
            {
                logger.NoticeReceived(noticeId, blobName, row.ContentLength);
            }
            else
            {
                row = await notices.GetAsync(noticeId, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException($"Notice row {noticeId} vanished while being created.");
            }
        }

        if (!string.Equals(row.BlobName, blobName, StringComparison.Ordinal))
        {
            await RecordDuplicateAsync(row, blobName, cancellationToken).ConfigureAwait(false);
            return;
        }

        var status = row.GetStatus();
        if (status is NoticeStatus.Dispatched or NoticeStatus.Rejected or NoticeStatus.Duplicate or NoticeStatus.AwaitingReview)
        {
            logger.NoticeAlreadyHandled(noticeId, row.Status, blobName);
            return;
        }

        if (status == NoticeStatus.Dispatching)
        {
            // Its deliveries are written: finish from the rows, never re-resolving (a changed directory would change the recipients) nor rejecting.
            var queued = await requeue.FinishDispatchAsync(row, cancellationToken).ConfigureAwait(false);
            logger.NoticeDispatchFinished(noticeId, queued);
            return;
        }

        if (bytes is null)
        {
            var limit = options.Value.MaxUploadBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
            var size = length is { } known ? $"the file is {known.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} bytes" : "the file is larger than that";
            await RejectAsync(row, $"too large: {size}, over the limit of {limit} bytes (Notify:Dispatch:MaxUploadBytes); it was not read", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (row.Attempts >= options.Value.MaxIngestAttempts && !await deliveries.AnyAsync(noticeId, cancellationToken).ConfigureAwait(false))
        {
            await RejectAsync(row, $"gave up after {row.Attempts} attempts; last error: {row.Reason ?? "unknown"}", cancellationToken).ConfigureAwait(false);
            return;
        }

        row.Attempts++;
        row.AttemptedAt = time.GetUtcNow();
        await notices.UpsertAsync(row, cancellationToken).ConfigureAwait(false);

        // One trace per notice: the delivery messages carry it on to every send.
        using var activity = NotifyTelemetry.Source.StartActivity("notice.ingest", ActivityKind.Consumer);
        activity?.SetTag("notify.notice_id", noticeId);
        activity?.SetTag("notify.blob", blobName);
        try
        {
            await IngestAsync(row, bytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Unexpected (storage, directory): keep the error on the row and let the trigger retry, up to MaxIngestAttempts.
            logger.IngestAttemptFailed(ex, noticeId, row.Attempts);
            row.Reason = $"attempt {row.Attempts}: {ex.Message}";
            await notices.UpsertAsync(row, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    private async Task IngestAsync(NoticeRecord row, byte[] bytes, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        DocumentText text;
        try
        {
            using var reading = NotifyTelemetry.Source.StartActivity("notice.read");
            text = reader.Read(new MemoryStream(bytes, writable: false), row.BlobName, cancellationToken);
        }
        catch (DocumentReadException ex)
        {
            await RejectAsync(row, $"unreadable file ({ex.Error}): {ex.Problem}", cancellationToken).ConfigureAwait(false);
            return;
        }
        catch (RegexMatchTimeoutException ex)
        {
            await RejectAsync(row, OverBudget("reading", ex), cancellationToken).ConfigureAwait(false);
            return;
        }

        var verdict = text.Kind == DocumentKind.Pdf ? signatures.Verify(bytes) : SignatureVerdict.Unsigned;
        row.SignatureStatus = verdict.Status.ToName();
        row.Signatures = Truncate(string.Join('\n', verdict.Signatures.Select(s =>
            $"{s.Status.ToName()}: {s.Signer}{(s.Organization is null ? string.Empty : $", {s.Organization}")}{(s.SignedAt is { } at ? $", {at:yyyy-MM-dd HH:mm}Z" : string.Empty)}{(s.Problem is null ? string.Empty : $" ({s.Problem})")}")), 8_000);

        ParsedNotice parsed;
        try
        {
            using var parsing = NotifyTelemetry.Source.StartActivity("notice.parse");
            parsed = parser.Parse(text.Text);
        }
        catch (RegexMatchTimeoutException ex)
        {
            await RejectAsync(row, OverBudget("parsing", ex), cancellationToken).ConfigureAwait(false);
            return;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await RejectAsync(row, $"the text could not be parsed: {ex.Message}", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (services.GetService<DirectoryBlobCopy>() is { } directories)
        {
            // An edited directory (the portal's contact form, a new upload) applies from the next notice on.
            await directories.RefreshAsync(cancellationToken).ConfigureAwait(false);
        }

        var corrections = ReviewCorrection.Parse(row.ReviewCorrections);
        ResolvedNotice resolved;
        try
        {
            using var resolving = NotifyTelemetry.Source.StartActivity("notice.resolve");
            resolved = row.ReviewedAt is null || corrections.Count == 0
                ? resolver.Resolve(parsed)
                : ReviewCorrection.Apply(parsed, corrections, resolver, services.GetRequiredService<DirectoryCatalog>());
        }
        catch (RegexMatchTimeoutException ex)
        {
            await RejectAsync(row, OverBudget("resolving recipients", ex), cancellationToken).ConfigureAwait(false);
            return;
        }

        var doc = parsed.Document;
        row.Kind = text.Kind.ToString().ToLowerInvariant();
        row.DocumentType = doc.Type;
        row.Number = doc.Number;
        row.Symbol = doc.Symbol;
        row.Title = doc.Title;
        row.NoticeDate = FormatDate(doc.Date);
        row.IssuedOn = doc.Date.ToDateOnly()?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        row.Urgency = doc.Urgency;
        row.RecipientCount = resolved.Recipients.Count;
        row.UnresolvedCount = resolved.Unresolved.Count;
        row.Warnings = Truncate(string.Join('\n', parsed.Warnings.Concat(resolved.Warnings).Select(w => $"{w.Code}: {w.Message}")
            .Concat(resolved.Unresolved.Select(u => $"unresolved: {u.Mention.Mention} ({u.Reason})"))), 30_000);

        if (await duplicates.HoldIfDuplicateAsync(row, doc, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        // The signature policy decides first: a notice that may not be what was signed is held or refused before it is checked for doubt.
        switch (signaturePolicy.Value.ActionFor(verdict.Status))
        {
            case SignatureAction.Reject:
                await RejectAsync(row, $"chữ ký số: {verdict.Status.ToName()}{ProblemOf(verdict)}", cancellationToken).ConfigureAwait(false);
                return;
            case SignatureAction.Hold when row.ReviewedAt is null:
                row.Status = NoticeStatus.AwaitingReview.ToName();
                row.ParsedAt ??= time.GetUtcNow();
                row.Reason = $"chờ văn thư duyệt: chữ ký số {verdict.Status.ToName()}{ProblemOf(verdict)}";
                await notices.UpsertAsync(row, cancellationToken).ConfigureAwait(false);
                logger.NoticeHeldForReview(row.RowKey, row.BlobName, 0);
                return;
        }

        // A doubtful notice waits for a clerk (portal uploads wait anyway: the portal creates their row as awaiting-review).
        if (row.ReviewedAt is null && resolved.NeedsReview && !review.Value.SendDoubtful && parsed.Recipients.Count > 0)
        {
            row.Status = NoticeStatus.AwaitingReview.ToName();
            row.ParsedAt ??= time.GetUtcNow();
            row.Reason = $"chờ văn thư duyệt: {resolved.Unresolved.Count} nơi nhận chưa xác định, {resolved.Recipients.SelectMany(r => r.Sources).Where(m => m.Doubtful).Distinct().Count()} nơi nhận cần kiểm tra";
            await notices.UpsertAsync(row, cancellationToken).ConfigureAwait(false);
            logger.NoticeHeldForReview(row.RowKey, row.BlobName, resolved.Unresolved.Count);
            return;
        }

        if (resolved.Recipients.Count == 0)
        {
            var unresolved = resolved.Unresolved.Count == 0
                ? "the Nơi nhận block names nobody"
                : "unresolved: " + string.Join("; ", resolved.Unresolved.Select(u => u.Mention.Mention));
            await RejectAsync(row, $"no resolvable recipient ({unresolved})", cancellationToken).ConfigureAwait(false);
            return;
        }

        var plan = BuildPlan(row.RowKey, row.BlobName, text.Kind.ToString().ToLowerInvariant(), row.ContentLength, resolved);
        await plans.SaveAsync(plan, cancellationToken).ConfigureAwait(false);
        row.Status = NoticeStatus.Parsed.ToName();
        row.ParsedAt ??= time.GetUtcNow();
        row.Reason = null;
        await notices.UpsertAsync(row, cancellationToken).ConfigureAwait(false);

        var planned = BuildDeliveries(row.RowKey, resolved);
        var existed = await deliveries.AddMissingAsync(row.RowKey, planned, cancellationToken).ConfigureAwait(false);
        row.Status = NoticeStatus.Dispatching.ToName();
        row.DeliveryCount = planned.Count;
        await notices.UpsertAsync(row, cancellationToken).ConfigureAwait(false);

        // A resumed ingest re-reads the rows so it only queues what is still waiting; a message for a delivery already sent would be a no-op anyway.
        var current = existed == 0 ? planned : await deliveries.ListAsync(row.RowKey, cancellationToken).ConfigureAwait(false);
        var trace = NotifyTelemetry.CurrentTraceParent();
        var messages = current.Where(d => d.GetStatus() == DeliveryStatus.Queued).Select(d => new DeliveryMessage(d.NoticeId, d.DeliveryId, trace)).ToList();
        using (NotifyTelemetry.Source.StartActivity("notice.enqueue"))
        {
            await queue.EnqueueAsync(messages, cancellationToken).ConfigureAwait(false);
        }


        row.Status = NoticeStatus.Dispatched.ToName();
        row.DispatchedAt = time.GetUtcNow();
        await notices.UpsertAsync(row, cancellationToken).ConfigureAwait(false);
        logger.NoticeDispatched(row.RowKey, resolved.Recipients.Count, planned.Count, messages.Count, stopwatch.ElapsedMilliseconds);
    }

    private static string ProblemOf(SignatureVerdict verdict) =>
        verdict.Signatures.FirstOrDefault(s => s.Status == verdict.Status)?.Problem is { } problem ? $" ({problem})" : string.Empty;

    internal static DispatchPlan BuildPlan(string noticeId, string blobName, string kind, long contentLength, ResolvedNotice resolved)
    {
        var doc = resolved.Notice.Document;
        var signer = doc.Signer is { } s ? string.Join(" ", new[] { s.Authority, s.Position, s.Name }.Where(p => !string.IsNullOrWhiteSpace(p))) : null;
        return new DispatchPlan(
            noticeId,
            blobName,
            kind,
            contentLength,
            new PlanDocument(doc.Type, doc.Number, doc.Symbol, doc.Title, FormatDate(doc.Date), doc.Urgency, doc.Issuer, signer),
            resolved.Recipients.Select(r => new PlanRecipient(
                r.Entry.Id,
                r.Entry.Name,
                r.Excerpts.Select(e => new PlanExcerpt(e.TaskLabel, e.Text, e.Reason.ToString().ToLowerInvariant(), e.Role?.ToString().ToLowerInvariant(), e.Why, PlanDueDates.For(resolved.Notice, e.TaskLabel))).ToList(),
                r.Entry.Contacts.Mobiles)).ToList(),
            resolved.Notice.Sections
                .Where(sec => sec.Kind == TaskKind.Descriptive && !string.IsNullOrWhiteSpace(sec.Heading))
                .Select(sec => sec.Label is null ? sec.Heading!.Trim() : $"{sec.Label} {sec.Heading!.Trim()}")
                .ToList());
    }

    private List<DeliveryRecord> BuildDeliveries(string noticeId, ResolvedNotice resolved)
    {
        var now = time.GetUtcNow();
        var rows = new Dictionary<string, DeliveryRecord>(StringComparer.Ordinal);
        foreach (var recipient in resolved.Recipients)
        {
            var contacts = recipient.Entry.Contacts;
            var labels = string.Join(", ", recipient.Excerpts.Select(e => e.TaskLabel ?? "chung").Distinct(StringComparer.Ordinal));
            var channels = contacts.Channels.Count == 0 ? ["email"] : contacts.Channels;
            foreach (var channel in channels.Select(c => c.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal))
            {
                var id = NoticeIds.ForDelivery(noticeId, recipient.Entry.Id, channel);
                var (address, missing) = channel switch
                {
                    "email" => (contacts.Emails.FirstOrDefault(), "the directory has no email address for this agency"),
                    "sms" => (contacts.Mobiles.FirstOrDefault(), "the directory has no mobile number for this agency"),
                    _ => (null, $"unsupported channel '{channel}'"),
                };
                var row = new DeliveryRecord
                {
                    PartitionKey = noticeId,
                    RowKey = id,
                    EntryId = recipient.Entry.Id,
                    AgencyName = recipient.Entry.Name,
                    Channel = channel,
                    Address = address ?? "",
                    ExcerptLabels = labels,
                    CreatedAt = now,
                };
                if (string.IsNullOrWhiteSpace(address))
                {
                    // Recorded as a visible failure rather than skipped, so the clerk sees who was not reached.
                    row.Status = DeliveryStatus.Failed.ToName();
                    row.Reason = missing;
                    row.FailedAt = now;
                }

                rows.TryAdd(id, row);
            }
        }

        return rows.Values.ToList();
    }

    private async Task RecordDuplicateAsync(NoticeRecord original, string blobName, CancellationToken cancellationToken)
    {
        var duplicate = new NoticeRecord
        {
            RowKey = NoticeIds.ForDuplicate(original.RowKey, blobName),
            BlobName = blobName,
            Status = NoticeStatus.Duplicate.ToName(),
            DuplicateOf = original.RowKey,
            Reason = $"same content as {original.BlobName}",
            ContentLength = original.ContentLength,
            Kind = original.Kind,
            DocumentType = original.DocumentType,
            Number = original.Number,
            Symbol = original.Symbol,
            Title = original.Title,
            NoticeDate = original.NoticeDate,
            ReceivedAt = time.GetUtcNow(),
        };
        if (await notices.TryAddAsync(duplicate, cancellationToken).ConfigureAwait(false))
        {
            logger.NoticeDuplicate(original.RowKey, blobName, original.BlobName);
        }
    }

    private async Task RejectAsync(NoticeRecord row, string reason, CancellationToken cancellationToken)
    {
        if (await deliveries.AnyAsync(row.RowKey, cancellationToken).ConfigureAwait(false))
        {
            // An earlier attempt wrote its deliveries: the notice is being sent, and a rejection would hide that.
            row.Reason = $"not rejected, its deliveries exist: {reason}";
            await notices.UpsertAsync(row, cancellationToken).ConfigureAwait(false);
            logger.NoticeNotRejected(row.RowKey, reason);
            return;
        }

        row.Status = NoticeStatus.Rejected.ToName();
        row.Reason = reason;
        await notices.UpsertAsync(row, cancellationToken).ConfigureAwait(false);
        logger.NoticeRejected(row.RowKey, row.BlobName, reason);
    }

    /// <summary>The whole upload, or null when it exceeds <paramref name="max"/>.</summary>
    private static async Task<byte[]?> ReadAllAsync(Stream content, long max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string OverBudget(string stage, RegexMatchTimeoutException ex) =>
        $"over the {stage} budget: a text pattern ran longer than its {ex.MatchTimeout.TotalMilliseconds:0} ms limit on an input of {ex.Input.Length} characters";

    internal static string? FormatDate(NoticeDate date) =>
        date.Year is null && date.Month is null && date.Day is null
            ? null
            : $"ngày {date.Day?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…"} tháng {date.Month?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…"} năm {date.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…"}";

    private static string? Truncate(string value, int max) => value.Length == 0 ? null : value.Length <= max ? value : value[..max];
}
