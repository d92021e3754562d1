using LangSon.Notify.Core.Channels;
using LangSon.Notify.Core.Channels.Email;
using LangSon.Notify.SelfHost.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LangSon.Notify.SelfHost.Tests;

/// <summary>The pooled SMTP sender against a real socket server.</summary>
public sealed class SmtpEmailSenderTests
{
    [Fact]
    public async Task SendAsync_PooledConnectionClosedWith421_ReconnectsAndSendsOnce()
    {
        await using var server = new RejectingSmtpServer("nobody@langson.example") { DropAfterMessages = 1 };
        var options = Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = server.Port, Security = "None", PoolSize = 1, TimeoutSeconds = 5 });
        await using var pool = new SmtpConnectionPool(options, new FakeTimeProvider(DateTimeOffset.UtcNow));
        var sender = new SmtpEmailSender(pool, options);

        var first = await sender.SendAsync(Message("d1", "so-khdt@langson.example"), SendCommit.None, CancellationToken.None);
        var second = await sender.SendAsync(Message("d2", "so-tc@langson.example"), SendCommit.None, CancellationToken.None);

        Assert.Equal(SendStatus.Sent, first.Status);
        Assert.Equal(SendStatus.Sent, second.Status);
        Assert.Equal(["so-khdt@langson.example", "so-tc@langson.example"], server.Accepted.Order());
        Assert.Equal(2, server.Connections);
    }

    [Fact]
    public async Task SendAsync_CommitHeldElsewhere_WithholdsTheEndOfDataUntilFree()
    {
        await using var server = new RejectingSmtpServer("nobody@langson.example");
        var options = Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = server.Port, Security = "None", PoolSize = 1, TimeoutSeconds = 5 });
        await using var pool = new SmtpConnectionPool(options, TimeProvider.System);
        using var slots = new SemaphoreSlim(0, 1);
        using var commit = new SendCommit(slots);

        var sending = new SmtpEmailSender(pool, options).SendAsync(Message("d1", "so-khdt@langson.example"), commit, CancellationToken.None);
        for (var i = 0; i < 100 && server.DataCommands == 0; i++)
        {
            await Task.Delay(50);
        }

        await Task.Delay(200);
        Assert.Equal(1, server.DataCommands);
        Assert.Equal(0, server.DataAttempts);
        Assert.False(sending.IsCompleted);

        slots.Release();
        var outcome = await sending.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(SendStatus.Sent, outcome.Status);
        Assert.Equal(["so-khdt@langson.example"], server.Accepted);
        Assert.Equal(0, slots.CurrentCount);
        commit.Dispose();
        Assert.Equal(1, slots.CurrentCount);
    }

    [Fact]
    public async Task SendAsync_RecipientRefused_PermanentWithServerReason()
    {
        await using var server = new RejectingSmtpServer("so-khdt@langson.example");
        var options = Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = server.Port, Security = "None", PoolSize = 2, TimeoutSeconds = 5 });
        await using var pool = new SmtpConnectionPool(options, TimeProvider.System);
        var sender = new SmtpEmailSender(pool, options);

        var outcome = await sender.SendAsync(Message("d1", "so-khdt@langson.example"), SendCommit.None, CancellationToken.None);

        Assert.Equal(SendStatus.Permanent, outcome.Status);
        Assert.Equal($"550 {RejectingSmtpServer.RejectionText} <so-khdt@langson.example>", outcome.Reason);
        Assert.Empty(server.Accepted);
    }

    [Fact]
    public async Task SendAsync_NothingListening_Transient()
    {
        var options = Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = ProcessGroup.FreePort(), Security = "None", TimeoutSeconds = 5 });
        await using var pool = new SmtpConnectionPool(options, TimeProvider.System);

        var outcome = await new SmtpEmailSender(pool, options).SendAsync(Message("d1", "so-khdt@langson.example"), SendCommit.None, CancellationToken.None);

        Assert.Equal(SendStatus.Transient, outcome.Status);
    }

    [Fact]
    public async Task SendAsync_CredentialsRefusedWith535_PausedNamingTheSettings()
    {
        await using var server = new RejectingSmtpServer("nobody@langson.example") { AuthReply = "535 5.7.8 Authentication credentials invalid" };
        var options = Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = server.Port, Security = "None", UserName = "thongbao", Password = "wrong", TimeoutSeconds = 5 });
        await using var pool = new SmtpConnectionPool(options, TimeProvider.System);

        var outcome = await new SmtpEmailSender(pool, options).SendAsync(Message("d1", "so-khdt@langson.example"), SendCommit.None, CancellationToken.None);

        Assert.Equal(SendStatus.Paused, outcome.Status);
        Assert.Contains("Notify:Smtp:UserName", outcome.Reason, StringComparison.Ordinal);
        Assert.Equal(0, server.DataAttempts);
    }

    [Theory]
    [InlineData("552 5.3.4 Message size exceeds fixed maximum message size")]
    [InlineData("554 5.7.1 Message rejected as spam")]
    [InlineData("554 Transaction failed")]
    public async Task SendAsync_MessageRefusedAfterData_PermanentAfterOneTry(string reply)
    {
        await using var server = new RejectingSmtpServer("nobody@langson.example") { DataReply = reply };
        var options = Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = server.Port, Security = "None", TimeoutSeconds = 5 });
        await using var pool = new SmtpConnectionPool(options, TimeProvider.System);

        var outcome = await new SmtpEmailSender(pool, options).SendAsync(Message("d1", "so-khdt@langson.example"), SendCommit.None, CancellationToken.None);

        Assert.Equal(SendStatus.Permanent, outcome.Status);
        Assert.Equal(reply, outcome.Reason);
        Assert.Equal(1, server.DataAttempts);
    }

    private static EmailMessage Message(string deliveryId, string to) =>
        new("n1", deliveryId, to, "Sở", "Thông báo số 1/TB-UBND: thử", "<p>Nội dung</p>", "Nội dung", null, null);
}
