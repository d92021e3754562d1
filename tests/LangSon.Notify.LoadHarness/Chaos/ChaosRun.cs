using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using LangSon.Notify.SelfHost.Tests.Support;

namespace LangSon.Notify.LoadHarness.Chaos;

/// <summary>
/// One dispatch to N recipients while the host is killed with SIGKILL three times (and restarted), Azurite is
/// restarted once on its on-disk data, and SMTP refuses for a while. Then it waits for every delivery to settle and
/// counts, from maildev and the delivery rows, who got nothing and who got more than one mail.
/// </summary>
internal static class ChaosRun
{
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromMinutes(20);

    public static async Task<int> RunAsync(int recipients)
    {
        var data = System.IO.Directory.CreateTempSubdirectory("langson-chaos-azurite-");
        try
        {
            return await RunAsync(recipients, data.FullName);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    private static async Task<int> RunAsync(int recipients, string dataFolder)
    {
        await using var azurite = await PersistentAzurite.StartAsync(dataFolder);
        await using var mail = new Emulators();
        await mail.StartMaildevAsync();
        await using var relay = new FlakySmtpRelay(mail.SmtpPort);
        using var host = new HostProcess(azurite.ConnectionString, relay.Port, hostDll: Environment.GetEnvironmentVariable("NOTIFY_LOAD_HOST_DLL"), settings: new Dictionary<string, string>
        {
            ["Notify__StandIn__SyntheticRecipients"] = recipients.ToString(CultureInfo.InvariantCulture),
            ["Notify__Smtp__PoolSize"] = Environment.GetEnvironmentVariable("NOTIFY_LOAD_SMTP_POOL") ?? "16",
            ["Notify__Smtp__TimeoutSeconds"] = "20",
            // Long enough for one send under load; short enough that claims of a killed host are taken over within the run.
            ["Notify__Dispatch__ClaimLease"] = "00:00:30",
            ["Notify__SelfHost__FirstRetryDelay"] = "00:00:01",
            ["Notify__SelfHost__MaxRetryDelay"] = "00:00:10",
            ["Logging__LogLevel__Default"] = "Warning",
        });
        await host.StartAsync();
        var clock = Stopwatch.StartNew();
        var noticeId = await host.UploadAsync("chaos.txt", await File.ReadAllBytesAsync(Repo.SeedNotice));
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{mail.MailWebPort}/"), Timeout = TimeSpan.FromSeconds(20) };

        var kills = 0;
        var exits = 0;
        var log = new List<string>();
        void Note(string what)
        {
            var line = string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalSeconds,6:0.0}s {what}");
            log.Add(line);
            Console.WriteLine($"  {line}");
        }

        // A host that stops by itself (not killed here) is noted with its last words and started again.
        async Task ReviveAsync()
        {
            if (host.HasExited)
            {
                exits++;
                var lines = host.Output.Split('\n');
                var reasons = lines.Select((line, i) => (line, i)).Where(l => l.line.Contains("crit:", StringComparison.Ordinal) || l.line.Contains("fail:", StringComparison.Ordinal) || l.line.Contains("Unhandled", StringComparison.Ordinal))
                    .SelectMany(l => lines.Skip(l.i).Take(3)).Take(30);
                Note($"host exited by itself; what it reported:\n{string.Join('\n', reasons)}\n...\n{string.Join('\n', lines.TakeLast(8))}");
                await host.StartAsync();
                Note("host restarted");
            }
        }

        // Each blow lands when that share of the mails has arrived, or a minute after the previous one if progress stalls.
        (double Share, string Name)[] plan = [(0.10, "kill"), (0.25, "smtp"), (0.40, "kill"), (0.55, "azurite"), (0.70, "kill")];
        var last = clock.Elapsed;
        foreach (var (share, name) in plan)
        {
            int count;
            while ((count = await MailCountAsync(http)) < share * recipients && clock.Elapsed - last < TimeSpan.FromSeconds(60))
            {
                await ReviveAsync();
                await Task.Delay(250);
            }

            await ReviveAsync();

            switch (name)
            {
                case "kill":
                    host.Kill();
                    kills++;
                    Note($"host killed (SIGKILL) at {count} mails");
                    await host.StartAsync();
                    Note("host restarted");
                    break;
                case "smtp":
                    relay.Refusing = true;
                    Note($"SMTP refusing (421) at {count} mails");
                    await Task.Delay(TimeSpan.FromSeconds(12));
                    relay.Refusing = false;
                    Note($"SMTP accepting again after {relay.Refusals} refusals");
                    break;
                case "azurite":
                    Note($"azurite stopping at {count} mails");
                    var graceful = await azurite.RestartAsync();
                    Note($"azurite restarted on its data folder ({(graceful ? "stopped by SIGINT" : "killed after 20 s")})");
                    break;
            }

            last = clock.Elapsed;
        }

        var rows = new TableClient(azurite.ConnectionString, "deliveries");
        var settled = await SettleAsync(rows, http, noticeId, recipients, clock, ReviveAsync);
        Note(settled ? "settled" : $"NOT settled after {SettleTimeout}");
        var mails = (await mail.Mail.ListAsync())
            .SelectMany(m => m.To.Select(t => t.Value.ToLowerInvariant()))
            .GroupBy(a => a, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var deliveries = await ReadRowsAsync(rows, noticeId);

        var lost = new List<string>();
        foreach (var (_, address, status) in deliveries)
        {
            if (!mails.ContainsKey(address.ToLowerInvariant()))
            {
                lost.Add($"{address} ({status})");
            }
        }

        // Recipients with no delivery row at all never got one.
        var missingRows = Math.Max(0, recipients - deliveries.Count);
        var duplicates = mails.Values.Sum(n => Math.Max(0, n - 1));
        Console.WriteLine($"  rows by status: {string.Join(", ", deliveries.GroupBy(d => d.Status).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))}; rows missing {missingRows}; mails {mails.Values.Sum()} to {mails.Count} addresses");
        foreach (var item in lost.Take(20))
        {
            Console.WriteLine($"  lost: {item}");
        }

        var events = new TableClient(azurite.ConnectionString, "deliveryevents");
        foreach (var (address, n) in mails.Where(m => m.Value > 1).Take(20))
        {
            var id = deliveries.FirstOrDefault(d => string.Equals(d.Address, address, StringComparison.OrdinalIgnoreCase)).Id ?? "";
            var history = new List<string>();
            await foreach (var e in events.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {noticeId} and RowKey gt {id + "-"} and RowKey lt {id + "."}")))
            {
                history.Add($"{e.GetString("Kind")}#{e.GetInt32("Attempt")} by {e.GetString("Worker")}: {e.GetString("Detail")}");
            }

            Console.WriteLine($"  duplicate: {address} x{n}; events: {string.Join(" | ", history)}");
        }

        var lostCount = lost.Count + missingRows;
        Console.WriteLine($"  host exits not caused by the harness: {exits}");
        Console.WriteLine($"chaos: {recipients} deliveries, kills {kills}, lost {lostCount}, duplicates {duplicates}");
        return lostCount == 0 && duplicates <= kills ? 0 : 1;
    }

    /// <summary>Waits until every row is final and maildev has stopped receiving for 10 s.</summary>
    private static async Task<bool> SettleAsync(TableClient rows, HttpClient http, string noticeId, int recipients, Stopwatch clock, Func<Task> revive)
    {
        var deadline = clock.Elapsed + SettleTimeout;
        var lastCount = -1;
        var stableSince = clock.Elapsed;
        var lastPrint = TimeSpan.Zero;
        while (clock.Elapsed < deadline)
        {
            await revive();
            var count = await MailCountAsync(http);
            if (count != lastCount)
            {
                lastCount = count;
                stableSince = clock.Elapsed;
            }

            var final = 0;
            var total = 0;
            try
            {
                await foreach (var row in rows.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {noticeId}"), select: ["Status"]))
                {
                    total++;
                    final += row.GetString("Status") is "queued" or "sending" ? 0 : 1;
                }
            }
            catch (Azure.RequestFailedException)
            {
            }

            if (clock.Elapsed - lastPrint > TimeSpan.FromSeconds(10))
            {
                Console.WriteLine($"  {clock.Elapsed.TotalSeconds,6:0}s {count} mails, {final}/{total} rows final");
                lastPrint = clock.Elapsed;
            }

            if (total >= recipients && final == total && clock.Elapsed - stableSince > TimeSpan.FromSeconds(10))
            {
                return true;
            }

            await Task.Delay(1000);
        }

        return false;
    }

    private static async Task<List<(string Id, string Address, string Status)>> ReadRowsAsync(TableClient rows, string noticeId)
    {
        var list = new List<(string, string, string)>();
        await foreach (var row in rows.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {noticeId}"), select: ["RowKey", "Address", "Status"]))
        {
            list.Add((row.RowKey, row.GetString("Address") ?? "", row.GetString("Status") ?? ""));
        }

        return list;
    }

    private static async Task<int> MailCountAsync(HttpClient http)
    {
        try
        {
            var summary = await http.GetFromJsonAsync<JsonElement>("api/email/summary?limit=1");
            return summary.TryGetProperty("total", out var total) ? total.GetInt32() : 0;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
        {
            return 0;
        }
    }
}
