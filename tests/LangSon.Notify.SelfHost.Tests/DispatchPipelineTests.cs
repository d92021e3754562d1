using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using LangSon.Notify.Core.Privacy;
using LangSon.Notify.SelfHost.Tests.Support;
using Xunit.Abstractions;

namespace LangSon.Notify.SelfHost.Tests;

/// <summary>The whole pipeline in a separate self-host process against Azurite and maildev started per test.</summary>
public sealed partial class DispatchPipelineTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>Queue batch size plus the SDK's refill threshold at the self-host's defaults.</summary>
    private const int InFlightPerHost = 16 + 8;

    [Fact]
    public async Task SeedUpload_EveryEmailRecipient_GetsExactlyOneEmailWithItsExcerpts()
    {
        await using var emulators = await Emulators.StartAsync();
        using var host = new HostProcess(emulators.ConnectionString, emulators.SmtpPort);
        await host.StartAsync();
        output.WriteLine($"Host parts: {await host.GetStandInsAsync()}");

        var seedName = Path.GetFileName(Repo.SeedNotice);
        var noticeId = await host.UploadAsync(seedName, await File.ReadAllBytesAsync(Repo.SeedNotice));
        var deliveries = await host.WaitCompleteAsync(noticeId, Patience);

        var email = deliveries.Deliveries.Where(d => d.Channel == "email" && d.Address.Length > 0).ToList();
        Assert.NotEmpty(email);
        Assert.All(email, d => Assert.Equal("sent", d.Status));
        var mails = await emulators.Mail.ListAsync();
        Assert.Equal(email.Count, mails.Count);

        var plan = await host.GetPlanAsync(noticeId);
        var recipients = plan.GetProperty("Recipients").EnumerateArray().ToDictionary(r => r.GetProperty("EntryId").GetString()!);
        foreach (var delivery in email)
        {
            var mail = Assert.Single(mails, m => m.To.Any(t => string.Equals(t.Value, delivery.Address, StringComparison.OrdinalIgnoreCase)));
            Assert.Equal(delivery.Id, mail.DeliveryId);
            Assert.Contains("Thông báo", mail.Subject, StringComparison.Ordinal);
            Assert.NotNull(mail.Html);
            var attachment = Assert.Single(mail.Attachments ?? []);
            Assert.Equal(seedName, attachment.GetProperty("filename").GetString());
            var text = Collapse(mail.Text ?? "");
            foreach (var excerpt in recipients[delivery.EntryId].GetProperty("Excerpts").EnumerateArray())
            {
                Assert.Contains(Collapse(excerpt.GetProperty("Why").GetString()!), text, StringComparison.Ordinal);
                var excerptText = Collapse(excerpt.GetProperty("Text").GetString()!);
                Assert.Contains(excerptText[..Math.Min(80, excerptText.Length)], text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task DirectoryEditedWhileRunning_NextNotice_GoesToTheEditedContactWithoutARestart()
    {
        await using var emulators = await Emulators.StartAsync();
        using var host = new HostProcess(emulators.ConnectionString, emulators.SmtpPort);
        await host.StartAsync();
        var seed = await File.ReadAllTextAsync(Path.Combine(Repo.Root, "seeds", "seed-notice.txt"));
        var first = await host.UploadAsync("thong-bao-1.txt", Encoding.UTF8.GetBytes(seed));
        var before = (await host.WaitCompleteAsync(first, Patience)).Deliveries.Single(d => d.EntryId == "so-khdt" && d.Channel == "email");
        Assert.Equal("so-khdt@langson.example", before.Address);

        // An admin changes the agency's address in storage, as the portal's contact form does.
        var blob = new Azure.Storage.Blobs.BlobContainerClient(emulators.ConnectionString, "directory").GetBlobClient("directory-2020.json");
        var edited = (await blob.DownloadContentAsync()).Value.Content.ToString().Replace("\"so-khdt@langson.example\"", "\"khdt.moi@langson.example\"", StringComparison.Ordinal);
        await blob.UploadAsync(BinaryData.FromString(edited), overwrite: true);

        var second = await host.UploadAsync("thong-bao-2.txt", Encoding.UTF8.GetBytes(seed.Replace("Số: /TB-UBND", "Số: 12/TB-UBND", StringComparison.Ordinal)));
        var after = (await host.WaitCompleteAsync(second, Patience)).Deliveries.Single(d => d.EntryId == "so-khdt" && d.Channel == "email");

        Assert.Equal(("khdt.moi@langson.example", "sent"), (after.Address, after.Status));
        var mails = await emulators.Mail.ListAsync();
        Assert.Single(mails, m => m.DeliveryId == after.Id && m.To.Any(t => t.Value == "khdt.moi@langson.example"));
        Assert.Single(mails, m => m.DeliveryId == before.Id && m.To.Any(t => t.Value == "so-khdt@langson.example"));

        // A broken file does not stop sending: the last good directories stay in use.
        await blob.UploadAsync(BinaryData.FromString("{ \"entries\": ["), overwrite: true);
        var third = await host.UploadAsync("thong-bao-3.txt", Encoding.UTF8.GetBytes(seed.Replace("Số: /TB-UBND", "Số: 13/TB-UBND", StringComparison.Ordinal)));
        var kept = (await host.WaitCompleteAsync(third, Patience)).Deliveries.Single(d => d.EntryId == "so-khdt" && d.Channel == "email");
        Assert.Equal(("khdt.moi@langson.example", "sent"), (kept.Address, kept.Status));
    }

    [Fact]
    public async Task DuplicateUpload_SameContentUnderAnotherNameOrRetriggered_SendsNothingNew()
    {
        await using var emulators = await Emulators.StartAsync();
        using var host = new HostProcess(emulators.ConnectionString, emulators.SmtpPort);
        await host.StartAsync();
        var content = await File.ReadAllBytesAsync(Repo.SeedNotice);

        var noticeId = await host.UploadAsync("thong-bao" + Path.GetExtension(Repo.SeedNotice), content);
        await host.WaitCompleteAsync(noticeId, Patience);
        var before = (await emulators.Mail.ListAsync()).Count;

        await host.UploadAsync("thong-bao-ban-sao" + Path.GetExtension(Repo.SeedNotice), content);
        await host.UploadAsync("thong-bao" + Path.GetExtension(Repo.SeedNotice), content);
        var duplicate = await WaitForNoticeAsync(host, n => n.BlobName == "thong-bao-ban-sao" + Path.GetExtension(Repo.SeedNotice));
        Assert.Equal("duplicate", duplicate.Status);
        Assert.Equal(noticeId, duplicate.DuplicateOf);

        // Give the re-triggered original a few blob scans to do something, then check it did nothing.
        await Task.Delay(TimeSpan.FromSeconds(6));
        Assert.Equal(before, (await emulators.Mail.ListAsync()).Count);
        var deliveries = await host.GetDeliveriesAsync(noticeId);
        Assert.All(deliveries!.Deliveries, d => Assert.Equal(1, d.Attempts));
    }

    [Fact]
    public async Task SmtpDown_ThenBack_EveryMessageDeliveredOnce()
    {
        await using var emulators = await Emulators.StartAsync();
        using var host = new HostProcess(emulators.ConnectionString, emulators.SmtpPort);
        await host.StartAsync();

        emulators.StopMaildev();
        var noticeId = await host.UploadAsync(Path.GetFileName(Repo.SeedNotice), await File.ReadAllBytesAsync(Repo.SeedNotice));
        await host.WaitForAsync(noticeId, v => v.Total > 0 && v.Deliveries.Where(d => d.Channel == "email").All(d => d.Attempts >= 2), Patience);
        await emulators.StartMaildevAsync();

        var deliveries = await host.WaitCompleteAsync(noticeId, Patience);
        var email = deliveries.Deliveries.Where(d => d.Channel == "email" && d.Address.Length > 0).ToList();
        Assert.All(email, d => Assert.Equal("sent", d.Status));
        var mails = await emulators.Mail.ListAsync();
        Assert.Equal(email.Count, mails.Count);
        Assert.Equal(email.Select(d => d.Id).Order(), mails.Select(m => m.DeliveryId!).Order());
    }

    [Fact]
    public async Task SmtpRejectsOneAddress_ThatDeliveryFailsWithReason_OthersSent()
    {
        await using var emulators = await Emulators.StartAsync();

        // Learn the addresses with a first run against maildev, then reject one of them on a second storage account.
        string rejected;
        {
            using var probe = new HostProcess(emulators.ConnectionString, emulators.SmtpPort);
            await probe.StartAsync();
            var probeId = await probe.UploadAsync(Path.GetFileName(Repo.SeedNotice), await File.ReadAllBytesAsync(Repo.SeedNotice));
            rejected = (await probe.WaitCompleteAsync(probeId, Patience)).Deliveries.First(d => d.Channel == "email" && d.Address.Length > 0).Address;
        }

        await using var fresh = await Emulators.StartAsync();
        fresh.StopMaildev();
        await using var smtp = new RejectingSmtpServer(rejected);
        using var host = new HostProcess(fresh.ConnectionString, smtp.Port);
        await host.StartAsync();
        var noticeId = await host.UploadAsync(Path.GetFileName(Repo.SeedNotice), await File.ReadAllBytesAsync(Repo.SeedNotice));
        var deliveries = await host.WaitCompleteAsync(noticeId, Patience);

        var email = deliveries.Deliveries.Where(d => d.Channel == "email" && d.Address.Length > 0).ToList();
        var failed = Assert.Single(email, d => d.Status == "failed");
        Assert.Equal(rejected, failed.Address);
        Assert.Contains("550", failed.Reason, StringComparison.Ordinal);
        Assert.Contains(RejectingSmtpServer.RejectionText, failed.Reason, StringComparison.Ordinal);
        Assert.Equal(1, failed.Attempts);
        Assert.All(email.Where(d => d != failed), d => Assert.Equal("sent", d.Status));
        Assert.Equal(email.Count - 1, smtp.Accepted.Count);

        // The server's refusal quotes the address; the host's logs carry it masked, and no other address or number.
        var logs = host.Output;
        Assert.Contains(PersonalData.Mask(rejected), logs, StringComparison.Ordinal);
        Assert.All(deliveries.Deliveries.Where(d => d.Address.Length > 0), d => Assert.DoesNotContain(d.Address, logs, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task HostKilledMidDispatch_Restarted_EveryDeliveryFinalNoneLostDuplicatesCounted()
    {
        await using var emulators = await Emulators.StartAsync();
        var settings = new Dictionary<string, string> { ["Notify__StandIn__SyntheticRecipients"] = "400" };
        using var first = new HostProcess(emulators.ConnectionString, emulators.SmtpPort, settings);
        await first.StartAsync();
        var noticeId = await first.UploadAsync(Path.GetFileName(Repo.SeedNotice), await File.ReadAllBytesAsync(Repo.SeedNotice));
        await first.WaitForAsync(noticeId, v => v.ByStatus.GetValueOrDefault("sent") >= 60, Patience);
        first.Kill();
        var atKill = (await emulators.Mail.ListAsync()).Count;
        Assert.True(atKill < 400, "the host finished before it was killed, so nothing was tested mid-dispatch");

        using var second = new HostProcess(emulators.ConnectionString, emulators.SmtpPort, settings);
        await second.StartAsync();
        var deliveries = await second.WaitCompleteAsync(noticeId, Patience);

        Assert.Equal(400, deliveries.Total);
        Assert.All(deliveries.Deliveries, d => Assert.Equal("sent", d.Status));
        var mails = await emulators.Mail.ListAsync();
        var perDelivery = mails.GroupBy(m => m.DeliveryId).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(deliveries.Deliveries.Select(d => d.Id).Order(), perDelivery.Keys.Order());
        var duplicates = mails.Count - perDelivery.Count;
        output.WriteLine($"Killed after {atKill} mails; {mails.Count} mails for {perDelivery.Count} deliveries: {duplicates} duplicate(s) for 1 kill.");

        // Only a delivery whose mail the server accepted in the instant before the kill, before its row said so, can go
        // out twice: at most one extra copy per delivery per kill, and no more than the host had in flight.
        Assert.All(perDelivery, p => Assert.True(p.Value <= 2, $"delivery {p.Key} sent {p.Value} times after one kill"));
        Assert.True(duplicates <= InFlightPerHost, $"{duplicates} duplicates exceed the {InFlightPerHost} deliveries one host holds at a time");
    }

    [Fact]
    public async Task CorruptUpload_RejectedWithReason_HostKeepsServing()
    {
        await using var emulators = await Emulators.StartAsync();
        using var host = new HostProcess(emulators.ConnectionString, emulators.SmtpPort);
        await host.StartAsync();

        var corrupt = Encoding.ASCII.GetBytes("%PDF-1.7\n").Concat(Enumerable.Range(0, 2048).Select(i => (byte)(i * 37 % 251))).ToArray();
        var corruptId = await host.UploadAsync("hong.pdf", corrupt);
        var rejected = await WaitForNoticeAsync(host, n => n.Id == corruptId && n.Status is "rejected");
        Assert.False(string.IsNullOrWhiteSpace(rejected.Reason));
        Assert.Contains("unreadable", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal(0, rejected.DeliveryCount);

        Assert.True(await host.IsHealthyAsync());
        var noticeId = await host.UploadAsync(Path.GetFileName(Repo.SeedNotice), await File.ReadAllBytesAsync(Repo.SeedNotice));
        var deliveries = await host.WaitCompleteAsync(noticeId, Patience);
        Assert.Contains(deliveries.Deliveries, d => d.Status == "sent");
        Assert.Equal("rejected", (await host.GetNoticeAsync(corruptId))!.Status);
    }

    private static async Task<HostProcess.NoticeView> WaitForNoticeAsync(HostProcess host, Func<HostProcess.NoticeView, bool> match)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if ((await host.GetNoticesAsync()).FirstOrDefault(match) is { } notice)
            {
                return notice;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"No matching notice; notices: {JsonSerializer.Serialize(await host.GetNoticesAsync())}\n{host.Output}");
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
