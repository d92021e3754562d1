using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Azure.Storage.Blobs;
using LangSon.Notify.Core.Storage;

namespace LangSon.Notify.Cli.Commands;

/// <summary>
/// <c>notify dispatch-run</c>: seeds the directory container, uploads a notice, follows its deliveries through the
/// host's status API until every one is final, and prints the per-recipient table and the upload-to-last-delivery time.
/// </summary>
internal static class DispatchRunCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Command Create()
    {
        var storage = new Option<string>("--storage") { Description = "Storage connection string (Azurite's).", Required = true };
        var statusUrl = new Option<string>("--status-url") { Description = "Base URL of the self-host, e.g. http://127.0.0.1:7071.", Required = true };
        var notice = new Option<FileInfo>("--notice") { Description = "The notice file to upload.", Required = true };
        var directory = new Option<DirectoryInfo?>("--directory") { Description = "Folder whose directory-*.json files are uploaded to the directory container first (the host reads them at its next start)." };
        var maildev = new Option<string?>("--maildev-url") { Description = "maildev web URL, printed at the end." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for every delivery to be final.", DefaultValueFactory = _ => 120 };
        var apiKey = new Option<string?>("--api-key") { Description = "Key for the host's JSON API (X-Api-Key); defaults to the NOTIFY_API_KEY environment variable." };

        var command = new Command("dispatch-run", "Upload a notice to the pipeline and follow its deliveries until all are final.")
        {
            storage, statusUrl, notice, directory, maildev, timeout, apiKey,
        };
        command.SetAction((parse, ct) => RunAsync(
            parse.GetValue(storage)!, parse.GetValue(statusUrl)!, parse.GetValue(notice)!, parse.GetValue(directory), parse.GetValue(maildev), parse.GetValue(timeout),
            parse.GetValue(apiKey) ?? Environment.GetEnvironmentVariable("NOTIFY_API_KEY"), ct));
        return command;
    }

    private static async Task<int> RunAsync(string connection, string statusUrl, FileInfo notice, DirectoryInfo? directory, string? maildevUrl, int timeoutSeconds, string? apiKey, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            await Console.Error.WriteLineAsync("No API key: the host's status API needs one (--api-key or NOTIFY_API_KEY; notify portal-accounts makes one).").ConfigureAwait(false);
            return 2;
        }

        if (!notice.Exists)
        {
            await Console.Error.WriteLineAsync($"Notice file not found: {notice.FullName}").ConfigureAwait(false);
            return 2;
        }

        var blobs = new BlobServiceClient(connection);
        if (directory is not null && await SeedDirectoryCommand.RunAsync(connection, directory, cancellationToken).ConfigureAwait(false) != 0)
        {
            return 2;
        }

        var content = await File.ReadAllBytesAsync(notice.FullName, cancellationToken).ConfigureAwait(false);
        var noticeId = Convert.ToHexStringLower(SHA256.HashData(content));
        var notices = blobs.GetBlobContainerClient(StorageNames.NoticesContainer);
        await notices.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);

        var uploadedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        await notices.GetBlobClient(notice.Name).UploadAsync(new BinaryData(content), overwrite: true, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"Uploaded {notice.Name} ({content.Length} bytes) as notice {noticeId[..12]}…");

        using var http = new HttpClient { BaseAddress = new Uri(statusUrl.TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        var interactive = !Console.IsOutputRedirected;
        string? lastLine = null;
        DeliveriesView? view = null;
        while (clock.Elapsed < TimeSpan.FromSeconds(timeoutSeconds))
        {
            try
            {
                view = await TryGetAsync(http, $"api/notices/{noticeId}/deliveries", cancellationToken).ConfigureAwait(false);
            }
            catch (UnauthorizedAccessException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message).ConfigureAwait(false);
                return 2;
            }

            var line = view is null
                ? $"[{clock.Elapsed.TotalSeconds,5:0.0}s] waiting for the host to pick up the upload…"
                : $"[{clock.Elapsed.TotalSeconds,5:0.0}s] notice {view.NoticeStatus}: {view.Final}/{view.Total} final · " +
                  string.Join(" · ", view.ByStatus.Select(s => $"{s.Key} {s.Value}"));
            if (line != lastLine)
            {
                Console.Write(interactive ? "\r" + line.PadRight(100) : line + "\n");
                lastLine = line;
            }

            if (view is { Settled: true })
            {
                break;
            }

            await Task.Delay(200, cancellationToken).ConfigureAwait(false);
        }

        Console.WriteLine();
        if (view is not { Settled: true })
        {
            await Console.Error.WriteLineAsync($"Not every delivery was final after {timeoutSeconds} s.").ConfigureAwait(false);
            return 3;
        }

        if (view.NoticeStatus == "awaiting-review")
        {
            Console.WriteLine($"Notice held for review: a clerk confirms it in the portal ({statusUrl.TrimEnd('/')}/van-thu/thong-bao/{noticeId}).");
            return 0;
        }

        if (view.NoticeStatus is "rejected" or "duplicate")
        {
            var detail = await TryGetNoticeAsync(http, noticeId, cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"Notice {view.NoticeStatus}: {detail?.Reason}");
            return view.NoticeStatus == "rejected" ? 4 : 0;
        }

        PrintTable(view);
        var last = view.LastFinishedAt ?? DateTimeOffset.UtcNow;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{view.Total} deliveries: {string.Join(", ", view.ByStatus.Where(s => s.Value > 0).Select(s => $"{s.Value} {s.Key}"))}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Upload to last delivery: {(last - uploadedAt).TotalSeconds:0.00} s"));
        Console.WriteLine($"Status API: {statusUrl.TrimEnd('/')}/api/notices/{noticeId}/deliveries");
        if (maildevUrl is not null)
        {
            Console.WriteLine($"Mail (maildev): {maildevUrl}");
        }

        return 0;
    }

    private static void PrintTable(DeliveriesView view)
    {
        var rows = view.Deliveries.Select(d => new[] { d.Agency, d.Channel, d.Status, d.ExcerptLabels ?? "", d.Reason ?? "" }).ToList();
        string[] header = ["Agency", "Channel", "Status", "Excerpts", "Reason"];
        var widths = header.Select((h, i) => Math.Min(60, Math.Max(h.Length, rows.Select(r => r[i].Length).DefaultIfEmpty(0).Max()))).ToArray();
        string Format(string[] cells) => string.Join("  ", cells.Select((c, i) => (c.Length > widths[i] ? c[..(widths[i] - 1)] + "…" : c).PadRight(widths[i]))).TrimEnd();
        Console.WriteLine(Format(header));
        Console.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            Console.WriteLine(Format(row));
        }
    }

    private static async Task<DeliveriesView?> TryGetAsync(HttpClient http, string path, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(path, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode is System.Net.HttpStatusCode.Unauthorized or System.Net.HttpStatusCode.Forbidden)
            {
                throw new UnauthorizedAccessException($"The status API refused the API key ({(int)response.StatusCode}).");
            }

            return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<DeliveriesView>(Json, cancellationToken).ConfigureAwait(false) : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static async Task<NoticeDetail?> TryGetNoticeAsync(HttpClient http, string id, CancellationToken cancellationToken)
    {
        try
        {
            return await http.GetFromJsonAsync<NoticeDetail>($"api/notices/{id}", Json, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private sealed record DeliveriesView(string NoticeId, string NoticeStatus, int Total, int Final, Dictionary<string, int> ByStatus, bool Complete, bool Settled, DateTimeOffset? LastFinishedAt, List<Delivery> Deliveries);

    private sealed record Delivery(string Agency, string Channel, string Status, string? ExcerptLabels, string? Reason);

    private sealed record NoticeDetail(string Status, string? Reason);
}
