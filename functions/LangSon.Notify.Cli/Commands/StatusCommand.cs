using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Receipts;
using LangSon.Notify.Core.Storage;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Cli.Commands;

/// <summary><c>notify status NOTICE</c>: per agency, channel outcomes, its answer, each task's status and due date; the same reader as the receipts API.</summary>
internal static class StatusCommand
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static Command Create()
    {
        var notice = new Argument<string>("notice") { Description = "The notice: its id, the first characters of it (at least 6), or the uploaded file." };
        var storage = new Option<string?>("--storage") { Description = "Storage connection string; defaults to the AzureWebJobsStorage environment variable." };
        var json = new Option<bool>("--json") { Description = "Print the receipts API's JSON instead of the table." };
        var dueDays = new Option<int>("--default-due-days") { Description = "Due period of tasks whose notice states no deadline (Notify:Receipts:DefaultDueDays).", DefaultValueFactory = _ => new ReceiptOptions().DefaultDueDays };
        var command = new Command("status", "Show what each agency received and answered for a notice, with its tasks' statuses and due dates.") { notice, storage, json, dueDays };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(notice)!, parse.GetValue(storage), parse.GetValue(json), parse.GetValue(dueDays), Console.Out, ct));
        return command;
    }

    public static async Task<int> RunAsync(string notice, string? connection, bool json, int defaultDueDays, TextWriter output, CancellationToken cancellationToken)
    {
        connection ??= Environment.GetEnvironmentVariable("AzureWebJobsStorage");
        if (string.IsNullOrWhiteSpace(connection))
        {
            await Console.Error.WriteLineAsync("No storage: pass --storage or set AzureWebJobsStorage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var storage = new NotifyStorage(Options.Create(new StorageOptions { ConnectionString = connection }));
        var notices = new NoticeStore(storage);
        var reader = ReceiptReader.Create(storage, new ReceiptOptions { DefaultDueDays = defaultDueDays });

        var id = await ResolveAsync(notice, notices, cancellationToken).ConfigureAwait(false);
        var view = id is null ? null : await reader.ReadAsync(id, cancellationToken).ConfigureAwait(false);
        if (view is null)
        {
            await Console.Error.WriteLineAsync($"No notice matches '{notice}'.").ConfigureAwait(false);
            return ExitCodes.FileNotFound;
        }

        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(view, Json)).ConfigureAwait(false);
        }
        else
        {
            Print(view, output);
        }

        return ExitCodes.Ok;
    }

    private static async Task<string?> ResolveAsync(string notice, NoticeStore notices, CancellationToken cancellationToken)
    {
        if (File.Exists(notice))
        {
            return Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(notice, cancellationToken).ConfigureAwait(false)));
        }

        var key = notice.Trim().TrimEnd('…').ToLowerInvariant();
        if (key.Length == 64)
        {
            return key;
        }

        if (key.Length < 6)
        {
            return null;
        }

        var matches = (await notices.ListAsync(int.MaxValue, cancellationToken).ConfigureAwait(false)).Where(n => n.RowKey.StartsWith(key, StringComparison.Ordinal)).Take(2).ToList();
        return matches.Count == 1 ? matches[0].RowKey : null;
    }

    private static void Print(NoticeReceiptsView view, TextWriter o)
    {
        o.WriteLine($"Notice {view.NoticeId[..12]}… {view.Number ?? "(no number)"}: {view.Title}");
        o.WriteLine($"Status {view.NoticeStatus}" + (view.Urgency is null ? "" : $", urgency {view.Urgency}") + (view.DispatchedAt is { } sent ? $", dispatched {Time(sent)}" : "") + $", {view.Agencies.Count} agencies, {view.AlertCount} with alerts");
        foreach (var agency in view.Agencies)
        {
            o.WriteLine();
            o.WriteLine($"{agency.Agency}{(agency.Alert ? "  [ALERT]" : "")}");
            o.WriteLine($"  answer   {agency.Answer ?? "--"} {agency.AnswerLabel}" + (agency.AnswerAt is { } at ? $" ({Time(at)})" : "") + (agency.AnswerReason is null ? "" : $": {agency.AnswerReason}"));
            foreach (var d in agency.Deliveries)
            {
                o.WriteLine($"  {d.Channel,-5}    {d.Kind,-10} {d.Status,-7} {d.ProviderState ?? "-"}" + (d.ProviderAt is { } p ? $" {Time(p)}" : "") + (d.Reason is null ? "" : $"  {d.Reason}"));
            }

            foreach (var t in agency.Tasks)
            {
                o.WriteLine($"  task {t.Label,-4} {t.Status ?? "--"} {t.StatusLabel}, due {t.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{(t.DueDateStated ? "" : " (default)")}" + (t.Note is null ? "" : $": {t.Note}"));
            }

            foreach (var alert in agency.Alerts)
            {
                o.WriteLine($"  ALERT    {alert}");
            }
        }
    }

    private static string Time(DateTimeOffset at) => at.ToOffset(Vietnam).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
