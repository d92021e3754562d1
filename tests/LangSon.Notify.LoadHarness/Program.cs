using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using LangSon.Notify.LoadHarness.Profiling;
using LangSon.Notify.SelfHost.Tests.Support;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

// Usage: dotnet LangSon.Notify.LoadHarness.dll [recipients=5000] [pipeline|floor|both|receipts|chaos]
var recipients = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5000;
var mode = args.Length > 1 ? args[1] : "both";
Console.WriteLine($"Load: {recipients} recipients, mode {mode}, {Environment.ProcessorCount} cores");

if (mode is "chaos")
{
    return await LangSon.Notify.LoadHarness.Chaos.ChaosRun.RunAsync(recipients);
}

if (mode is "pipeline" or "both")
{
    await RunPipelineAsync(recipients);
}

if (mode is "floor" or "both")
{
    await RunFloorAsync(recipients);
}

if (mode is "receipts")
{
    await RunReceiptsAsync(recipients);
}

return 0;

static async Task RunPipelineAsync(int recipients)
{
    // NOTIFY_LOAD_DELIVERIES_PER_MESSAGE=1 measures the one-message-per-delivery queue for comparison.
    var perMessage = Environment.GetEnvironmentVariable("NOTIFY_LOAD_DELIVERIES_PER_MESSAGE") ?? "16";
    await using var emulators = await Emulators.StartAsync();
    using var host = new HostProcess(emulators.ConnectionString, emulators.SmtpPort, new Dictionary<string, string>
    {
        ["Notify__StandIn__SyntheticRecipients"] = recipients.ToString(CultureInfo.InvariantCulture),
        ["Notify__Dispatch__DeliveriesPerMessage"] = perMessage,
        ["Notify__Smtp__PoolSize"] = Environment.GetEnvironmentVariable("NOTIFY_LOAD_SMTP_POOL") ?? "16",
        ["Notify__Smtp__TimeoutSeconds"] = "60",
        ["Notify__Dispatch__ClaimLease"] = "00:02:00",
        ["Notify__SelfHost__MaxRetryDelay"] = "00:00:30",
        ["Logging__LogLevel__Default"] = "Warning",
    });
    await host.StartAsync();
    var cpu = CpuMeter.Start(emulators.TablePort, emulators.SmtpPort, host.Pid, "host");
    var clock = Stopwatch.StartNew();
    var noticeId = await host.UploadAsync("tai-thu.txt", await File.ReadAllBytesAsync(Repo.SeedNotice));
    var memory = new MemoryTrace(host.Pid, host.GetLiveHeapAsync);
    var sent = await WaitForMailsAsync(emulators, recipients, clock, TimeSpan.FromMinutes(8), memory);
    var elapsed = clock.Elapsed;
    await memory.EndAsync();
    var peak = PeakMemoryMb(host);
    var spent = cpu.PerDelivery(sent);
    var view = await host.GetDeliveriesAsync(noticeId);
    Report($"pipeline (self-host, WebJobs triggers, {perMessage} deliveries a message)", sent, elapsed, peak, $"({memory.Summary()}) deliveries: {JsonSerializer.Serialize(view?.ByStatus)}; {spent}");
}

// Receipt ingest: signed SendGrid event batches (processed, delivered, open per delivery) posted to the host's webhook, each event applied to its receipt row and logged in Azurite.
static async Task RunReceiptsAsync(int deliveries)
{
    await using var emulators = await Emulators.StartAsync();
    using var signing = new WebhookSigning();
    using var host = new HostProcess(emulators.ConnectionString, emulators.SmtpPort, new Dictionary<string, string>
    {
        ["Notify__SendGrid__WebhookVerificationKey"] = signing.SendGridPublicKey,
        ["Logging__LogLevel__Default"] = "Warning",
    });
    await host.StartAsync();
    var noticeId = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    var rows = new TableClient(emulators.ConnectionString, "deliveries");
    var ids = Enumerable.Range(0, deliveries).Select(i => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(i)))[..32]).ToList();
    foreach (var chunk in ids.Chunk(100))
    {
        await rows.SubmitTransactionAsync(chunk.Select(id => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(noticeId, id)
        {
            ["EntryId"] = $"agency-{id[..6]}", ["AgencyName"] = "Cơ quan thử tải", ["Kind"] = "notice", ["Channel"] = "email",
            ["Address"] = $"load-{id[..8]}@langson.example", ["Status"] = "sent", ["ProviderMessageId"] = $"msg{id[..16]}", ["CreatedAt"] = DateTimeOffset.UtcNow,
        })));
    }

    var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
    var events = ids.SelectMany(id => new[] { "processed", "delivered", "open" }.Select((name, n) => new Dictionary<string, object>
    {
        ["email"] = $"load-{id[..8]}@langson.example", ["timestamp"] = now + n, ["event"] = name, ["sg_event_id"] = $"{id}-{n}",
        ["sg_message_id"] = $"msg{id[..16]}.filter0001.1.2.0", ["noticeId"] = noticeId, ["deliveryId"] = id, ["sg_machine_open"] = false,
    })).ToList();
    using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{host.Port}/"), Timeout = TimeSpan.FromMinutes(5) };
    var clock = Stopwatch.StartNew();
    await Parallel.ForEachAsync(events.Chunk(100), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (batch, ct) =>
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(batch);
        var stamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/receipts/sendgrid") { Content = new ByteArrayContent(body) };
        request.Headers.Add("X-Twilio-Email-Event-Webhook-Signature", signing.SignSendGrid(stamp, body));
        request.Headers.Add("X-Twilio-Email-Event-Webhook-Timestamp", stamp);
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
    });
    var elapsed = clock.Elapsed;
    var opened = 0;
    await foreach (var row in new TableClient(emulators.ConnectionString, "receipts").QueryAsync<TableEntity>($"PartitionKey eq '{noticeId}'"))
    {
        opened += row.GetString("ProviderState") == "opened" ? 1 : 0;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"receipts (self-host webhook → Azurite): {events.Count} events for {deliveries} deliveries in {elapsed.TotalSeconds:0.0} s = {events.Count / elapsed.TotalSeconds:0} events/s; {opened}/{deliveries} receipt rows at 'opened'"));
}

// The floor: per delivery, insert a row and enqueue; consumers receive, send the same mail over pooled SMTP, update the row, delete the message.
static async Task RunFloorAsync(int recipients)
{
    await using var emulators = await Emulators.StartAsync();
    var connection = emulators.ConnectionString;
    var table = new TableClient(connection, "floor");
    await table.CreateIfNotExistsAsync();
    var queue = new QueueClient(connection, "floor");
    await queue.CreateIfNotExistsAsync();
    var attachment = await File.ReadAllBytesAsync(Repo.SeedNotice);
    var cpu = CpuMeter.Start(emulators.TablePort, emulators.SmtpPort, Environment.ProcessId, "harness");
    var clock = Stopwatch.StartNew();

    var producer = Parallel.ForEachAsync(Enumerable.Range(0, recipients), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) =>
    {
        var id = i.ToString("D6", CultureInfo.InvariantCulture);
        await table.AddEntityAsync(new TableEntity("floor", id) { ["Status"] = "queued", ["Address"] = $"load-{id}@langson.example" }, ct);
        await queue.SendMessageAsync(id, ct);
    });

    var done = 0;
    var consumers = Enumerable.Range(0, 16).Select(async _ =>
    {
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync("127.0.0.1", emulators.SmtpPort, SecureSocketOptions.None);
        while (Volatile.Read(ref done) < recipients)
        {
            var batch = (await queue.ReceiveMessagesAsync(16, TimeSpan.FromMinutes(5))).Value;
            if (batch.Length == 0)
            {
                await Task.Delay(100);
                continue;
            }

            foreach (var message in batch)
            {
                var row = (await table.GetEntityAsync<TableEntity>("floor", message.MessageText)).Value;
                var mime = new MimeMessage();
                mime.From.Add(new MailboxAddress("UBND tỉnh Lạng Sơn", "thongbao@ubnd.langson.example"));
                mime.To.Add(MailboxAddress.Parse(row.GetString("Address")));
                mime.Subject = "Thông báo thử tải";
                var body = new BodyBuilder { TextBody = "Nội dung thử tải", HtmlBody = "<p>Nội dung thử tải</p>" };
                body.Attachments.Add("seed-notice.txt", attachment, ContentType.Parse("text/plain; charset=utf-8"));
                mime.Body = body.ToMessageBody();
                await smtp.SendAsync(mime);
                row["Status"] = "sent";
                await table.UpdateEntityAsync(row, row.ETag);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                Interlocked.Increment(ref done);
            }
        }
    }).ToList();

    await producer;
    await Task.WhenAll(consumers);
    var elapsed = clock.Elapsed;
    var spent = cpu.PerDelivery(recipients);
    var sent = (await emulators.Mail.ListAsync()).Count;
    Report("floor (bare loop, same storage ops and SMTP sends)", sent, elapsed, PeakMemoryMb(Environment.ProcessId), spent);
}

static async Task<int> WaitForMailsAsync(Emulators emulators, int expected, Stopwatch clock, TimeSpan timeout, MemoryTrace? memory = null)
{
    using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{emulators.MailWebPort}/") };
    var count = 0;
    var lastPrint = TimeSpan.Zero;
    while (clock.Elapsed < timeout)
    {
        try
        {
            var summary = await http.GetFromJsonAsync<JsonElement>("api/email/summary?limit=1");
            count = summary.TryGetProperty("total", out var total) ? total.GetInt32() : count;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
        {
        }

        memory?.Sample(count);
        if (memory is not null)
        {
            await memory.SampleLiveAsync(count, expected);
        }

        if (clock.Elapsed - lastPrint > TimeSpan.FromSeconds(10))
        {
            Console.WriteLine($"  {clock.Elapsed.TotalSeconds,6:0}s {count}/{expected}");
            lastPrint = clock.Elapsed;
        }

        if (count >= expected)
        {
            break;
        }

        await Task.Delay(500);
    }

    return count;
}

static double PeakMemoryMb(object process) => MemoryTrace.Read(process is HostProcess host ? host.Pid : (int)process, "VmHWM:");

static void Report(string name, int sent, TimeSpan elapsed, double peakMb, string extra) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name}: {sent} mails in {elapsed.TotalSeconds:0.0} s = {sent / elapsed.TotalSeconds:0.0} deliveries/s; peak memory {peakMb:0} MB {extra}"));
