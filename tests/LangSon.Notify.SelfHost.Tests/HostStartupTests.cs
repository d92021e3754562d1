using LangSon.Notify.SelfHost.Tests.Support;

namespace LangSon.Notify.SelfHost.Tests;

/// <summary>A misconfigured self-host stops at start with a message naming the problem.</summary>
public sealed class HostStartupTests
{
    [Fact]
    public async Task Start_NoStorageConnectionString_StopsNamingTheSetting()
    {
        using var host = new HostProcess("", ProcessGroup.FreePort());

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(host.StartAsync);

        Assert.Contains("No storage connection string: set AzureWebJobsStorage", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SmtpHostUnreachable_StopsNamingTheHost()
    {
        await using var emulators = await Emulators.StartAsync();
        var deadPort = ProcessGroup.FreePort();
        using var host = new HostProcess(emulators.ConnectionString, deadPort);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(host.StartAsync);

        Assert.Contains($"SMTP server 127.0.0.1:{deadPort} is unreachable", failure.Message, StringComparison.Ordinal);
    }
}
