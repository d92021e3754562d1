using LangSon.Notify.SelfHost.Tests.Support;

namespace LangSon.Notify.SelfHost.Tests;

/// <summary>A misconfigured self-host stops at start with a message naming the problem.</summary>
public sealed class HostStartupTests
{
    [Fact]
    public async Task Start_NoStorageConnectionString_StopsNamingTheSetting()
    {
        using var host = new HostProcess("", ProcessGroup.FreePort());

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("No storage connection string: set AzureWebJobsStorage", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SmtpRefusesTheAccount_EmailPausedInHealthAndStatusWhileSmsSends()
    {
        await using var emulators = await Emulators.StartAsync();
        await using var smtp = new RejectingSmtpServer("nobody@langson.example") { AuthReply = "535 5.7.8 Authentication credentials invalid" };
        using var host = new HostProcess(emulators.ConnectionString, smtp.Port, new Dictionary<string, string>
        {
            ["Notify__Smtp__UserName"] = "thongbao",
            ["Notify__Smtp__Password"] = "not-the-password",
        });

        await host.StartAsync(untilHealthy: false);
        var (status, health) = await host.GetHealthAsync();
        var noticeId = await host.UploadAsync("thong-bao-thu" + Path.GetExtension(Repo.SeedNotice), await File.ReadAllBytesAsync(Repo.SeedNotice));
        var view = await host.WaitForAsync(noticeId, v => v.Total > 0 && v.Deliveries.Where(d => d.Channel == "sms").All(d => d.Status == "sent"), TimeSpan.FromSeconds(60));

        Assert.Equal(503, status);
        var pause = Assert.Single(health.GetProperty("pausedChannels").EnumerateArray());
        Assert.Equal("email", pause.GetProperty("channel").GetString());
        Assert.Equal("start-up", pause.GetProperty("source").GetString());
        Assert.StartsWith("SMTP authentication failed", pause.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.All(view.Deliveries.Where(d => d.Channel == "email"), d => Assert.Equal(("queued", 0), (d.Status, d.Attempts)));
        Assert.Equal("email", Assert.Single(view.PausedChannels!).Channel);
        Assert.Equal(0, smtp.DataAttempts);
    }

    [Fact]
    public async Task Start_SmtpHostUnreachable_StopsNamingTheHost()
    {
        await using var emulators = await Emulators.StartAsync();
        var deadPort = ProcessGroup.FreePort();
        using var host = new HostProcess(emulators.ConnectionString, deadPort);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains($"SMTP server 127.0.0.1:{deadPort} is unreachable", failure.Message, StringComparison.Ordinal);
    }
}
