using LangSon.Notify.SelfHost.Tests.Support;

namespace LangSon.Notify.SelfHost.Tests.Recovery;

/// <summary>The self-host's periodic sweep, in a separate host process against Azurite and maildev.</summary>
public sealed class SelfHostRecoveryTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Upload_BlobTriggerNeverFires_PeriodicSweepIngestsItAndEachRecipientGetsOneMail()
    {
        await using var emulators = await Emulators.StartAsync();
        using var host = new HostProcess(emulators.ConnectionString, emulators.SmtpPort, new Dictionary<string, string>
        {
            // Every upload event is lost: the blob trigger is switched off, as the WebJobs SDK allows per function.
            ["AzureWebJobs.IngestNotice.Disabled"] = "true",
            ["Notify__Recovery__GracePeriod"] = "00:00:08",
            ["Notify__Recovery__Interval"] = "00:00:05",
        });
        await host.StartAsync();

        var noticeId = await host.UploadAsync(Path.GetFileName(Repo.SeedNotice), await File.ReadAllBytesAsync(Repo.SeedNotice));
        var deliveries = await host.WaitCompleteAsync(noticeId, Patience);

        Assert.Contains("with no notice row (its upload event was lost); ingesting it", host.Output, StringComparison.Ordinal);
        var email = deliveries.Deliveries.Where(d => d.Channel == "email" && d.Address.Length > 0).ToList();
        Assert.NotEmpty(email);
        Assert.All(email, d => Assert.Equal("sent", d.Status));
        var mails = await emulators.Mail.ListAsync();
        Assert.Equal(email.Select(d => d.Id).Order(StringComparer.Ordinal), mails.Select(m => m.DeliveryId!).Order(StringComparer.Ordinal));
    }
}
