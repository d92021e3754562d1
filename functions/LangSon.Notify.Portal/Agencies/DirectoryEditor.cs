using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs.Models;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Understanding.Directory;

namespace LangSon.Notify.Portal.Agencies;

/// <summary>
/// Reads the dated directories from the directory container (where every host copies them from at start) and edits an
/// entry's contacts there: the JSON is changed in place, validated as a whole, and written only if nobody changed the
/// blob since it was read (ETag). Each change is recorded in the directoryedits table with who made it and when.
/// Hosts load the directory at start, so new notices use the new contacts after their next start.
/// </summary>
internal sealed partial class DirectoryEditor(NotifyStorage storage, TimeProvider time)
{
    public const string EditsTable = "directoryedits";

    private static readonly JsonSerializerOptions Write = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonDocumentOptions Read = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private TableClient Edits => storage.Tables.GetTableClient(EditsTable);

    /// <summary>The directory files, oldest first by name (directory-2020.json before directory-2025.json).</summary>
    public async Task<IReadOnlyList<string>> ListFilesAsync(CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await foreach (var blob in storage.Directory.GetBlobsAsync(prefix: "directory-", cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (IsFileName(blob.Name))
            {
                names.Add(blob.Name);
            }
        }

        return names.Order(StringComparer.Ordinal).ToList();
    }

    public static bool IsFileName(string? name) => name is not null && FileName().IsMatch(name);

    /// <summary>The file parsed, or null when it does not exist; throws naming the problems when it is invalid.</summary>
    public async Task<DirectoryVersion?> LoadAsync(string fileName, CancellationToken cancellationToken)
    {
        if (!IsFileName(fileName))
        {
            return null;
        }

        var (bytes, etag) = await DownloadAsync(fileName, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return null;
        }

        using var stream = new MemoryStream(bytes);
        var check = DirectoryLoader.Check(stream, fileName);
        return check.Directory is { } directory
            ? new DirectoryVersion(fileName, directory, etag)
            : throw new DirectoryLoadException(fileName, check.Errors.ToList());
    }

    /// <summary>Replaces the entry's e-mail addresses and mobile numbers if the blob still has <paramref name="etag"/>.</summary>
    public async Task<ContactEditResult> UpdateContactsAsync(string fileName, string entryId, IReadOnlyList<string> emails, IReadOnlyList<string> mobiles, string etag, string user, CancellationToken cancellationToken)
    {
        var problems = emails.Where(e => !Email().IsMatch(e)).Select(e => $"\"{e}\" không phải địa chỉ thư điện tử.")
            .Concat(mobiles.Where(m => !Mobile().IsMatch(m)).Select(m => $"\"{m}\" không phải số di động (dạng +84… hoặc 0…, 9–15 chữ số)."))
            .ToList();
        if (problems.Count > 0)
        {
            return new ContactEditResult(false, false, problems);
        }

        var (bytes, current) = await DownloadAsync(fileName, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return ContactEditResult.Refused($"Không còn tệp danh bạ {fileName}.");
        }

        if (current != new ETag(etag))
        {
            return ContactEditResult.Changed;
        }

        var root = JsonNode.Parse(bytes, documentOptions: Read) as JsonObject;
        var entry = (root?["entries"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(e => (string?)e["id"] == entryId);
        if (entry is null)
        {
            return ContactEditResult.Refused($"Danh bạ {fileName} không có cơ quan mã {entryId}.");
        }

        if (entry["contacts"] is not JsonObject contacts)
        {
            contacts = [];
            entry["contacts"] = contacts;
        }

        var before = (Lines(contacts["emails"]), Lines(contacts["mobiles"]));
        contacts["emails"] = new JsonArray([.. emails.Select(e => (JsonNode?)JsonValue.Create(e))]);
        contacts["mobiles"] = new JsonArray([.. mobiles.Select(m => (JsonNode?)JsonValue.Create(m))]);
        var updated = Encoding.UTF8.GetBytes(root!.ToJsonString(Write) + "\n");

        // The whole file must still load: a channel left without its contact is refused here, not at the next start.
        using (var check = new MemoryStream(updated))
        {
            var errors = DirectoryLoader.Check(check, fileName).Errors.ToList();
            if (errors.Count > 0)
            {
                return new ContactEditResult(false, false, errors.Select(e => $"Danh bạ sẽ không hợp lệ: {e.Message} ({e.Code}).").ToList());
            }
        }

        try
        {
            await storage.Directory.GetBlobClient(fileName).UploadAsync(
                new BinaryData(updated),
                new BlobUploadOptions { Conditions = new BlobRequestConditions { IfMatch = current }, HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } },
                cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 409)
        {
            return ContactEditResult.Changed;
        }

        var now = time.GetUtcNow();
        await Edits.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await Edits.AddEntityAsync(new TableEntity(PartitionOf(fileName, entryId), $"{DateTimeOffset.MaxValue.UtcTicks - now.UtcTicks:D19}-{Guid.NewGuid():N}")
        {
            ["FileName"] = fileName,
            ["EntryId"] = entryId,
            ["User"] = user,
            ["At"] = now,
            ["EmailsBefore"] = before.Item1,
            ["MobilesBefore"] = before.Item2,
            ["EmailsAfter"] = string.Join('\n', emails),
            ["MobilesAfter"] = string.Join('\n', mobiles),
        }, cancellationToken).ConfigureAwait(false);
        return ContactEditResult.Done;
    }

    /// <summary>The entry's recorded contact changes, newest first.</summary>
    public async Task<IReadOnlyList<ContactEdit>> HistoryAsync(string fileName, string entryId, CancellationToken cancellationToken)
    {
        var list = new List<ContactEdit>();
        try
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartitionOf(fileName, entryId)}");
            await foreach (var row in Edits.QueryAsync<TableEntity>(filter, maxPerPage: 50, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                list.Add(new ContactEdit(fileName, entryId, row.GetString("User") ?? "?", row.GetDateTimeOffset("At") ?? default,
                    row.GetString("EmailsBefore") ?? "", row.GetString("MobilesBefore") ?? "", row.GetString("EmailsAfter") ?? "", row.GetString("MobilesAfter") ?? ""));
                if (list.Count == 50)
                {
                    break;
                }
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No edit was ever recorded: the table does not exist yet.
        }

        return list;
    }

    /// <summary>Splits a textarea into addresses: one per line (commas and semicolons also separate), blanks dropped.</summary>
    public static IReadOnlyList<string> SplitLines(string? text) =>
        (text ?? "").Split(['\n', '\r', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private async Task<(byte[]? Bytes, ETag ETag)> DownloadAsync(string fileName, CancellationToken cancellationToken)
    {
        try
        {
            var content = await storage.Directory.GetBlobClient(fileName).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return (content.Value.Content.ToArray(), content.Value.Details.ETag);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return (null, default);
        }
    }

    private static string Lines(JsonNode? array) => array is JsonArray a ? string.Join('\n', a.Select(v => v?.ToString())) : "";

    /// <summary>Table keys may not hold '/', '\', '#' or '?': file names and entry ids never do (checked by their patterns).</summary>
    private static string PartitionOf(string fileName, string entryId) => $"{fileName}|{entryId}";

    [GeneratedRegex(@"^directory-[A-Za-z0-9._-]+\.json$")]
    private static partial Regex FileName();

    [GeneratedRegex(@"^[^@\s<>()""]+@[^@\s<>()""]+\.[A-Za-z]{2,}$")]
    private static partial Regex Email();

    [GeneratedRegex(@"^\+?[0-9]{9,15}$")]
    private static partial Regex Mobile();
}
