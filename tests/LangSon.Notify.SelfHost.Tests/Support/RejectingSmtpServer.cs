using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LangSon.Notify.SelfHost.Tests.Support;

/// <summary>
/// A minimal SMTP server that accepts every message except those to one address, whose RCPT it refuses with 550 —
/// maildev cannot reject. With <see cref="DropAfterMessages"/> set, it answers the next command on a connection that
/// has carried that many messages with maildev's idle-timeout 421 and closes it.
/// </summary>
internal sealed class RejectingSmtpServer : IAsyncDisposable
{
    public const string RejectionText = "5.1.1 mailbox unavailable";
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _connections;
    private int _dataAttempts;
    private int _dataCommands;

    public RejectingSmtpServer(string rejectedAddress)
    {
        RejectedAddress = rejectedAddress;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public string RejectedAddress { get; }

    public int? DropAfterMessages { get; init; }

    /// <summary>When set, the server offers AUTH and answers every attempt with this reply (e.g. "535 5.7.8 …").</summary>
    public string? AuthReply { get; init; }

    /// <summary>When set, the end of every message's DATA is answered with this reply (e.g. "552 5.3.4 …") instead of 250.</summary>
    public string? DataReply { get; init; }

    /// <summary>DATA commands answered with 354, whether or not their message has ended.</summary>
    public int DataCommands => _dataCommands;

    /// <summary>Messages whose DATA ended, accepted or not.</summary>
    public int DataAttempts => _dataAttempts;

    public int Connections => _connections;

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Accepted recipient address per message.</summary>
    public ConcurrentBag<string> Accepted { get; } = [];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        Interlocked.Increment(ref _connections);
        var messages = 0;
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 test-smtp ready");
        var recipients = new List<string>();
        try
        {
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                if (messages >= DropAfterMessages && verb != "QUIT")
                {
                    await writer.WriteLineAsync("421 Timeout - closing connection");
                    return;
                }

                switch (verb)
                {
                    case "EHLO" or "HELO" when AuthReply is not null:
                        await writer.WriteLineAsync("250-test-smtp");
                        await writer.WriteLineAsync("250 AUTH PLAIN LOGIN");
                        break;
                    case "EHLO" or "HELO":
                        await writer.WriteLineAsync("250 test-smtp");
                        break;
                    case "AUTH" when AuthReply is not null:
                        await writer.WriteLineAsync(AuthReply);
                        break;
                    case "MAIL":
                        recipients.Clear();
                        await writer.WriteLineAsync("250 2.1.0 ok");
                        break;
                    case "RCPT":
                        var address = line[(line.IndexOf('<') + 1)..line.IndexOf('>')];
                        if (string.Equals(address, RejectedAddress, StringComparison.OrdinalIgnoreCase))
                        {
                            await writer.WriteLineAsync($"550 {RejectionText} <{address}>"); // real servers quote the address
                        }
                        else
                        {
                            recipients.Add(address);
                            await writer.WriteLineAsync("250 2.1.5 ok");
                        }

                        break;
                    case "DATA":
                        Interlocked.Increment(ref _dataCommands);
                        await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                        while (await reader.ReadLineAsync(_stop.Token) is { } data && data != ".")
                        {
                        }

                        Interlocked.Increment(ref _dataAttempts);
                        if (DataReply is not null)
                        {
                            await writer.WriteLineAsync(DataReply);
                            break;
                        }

                        foreach (var recipient in recipients)
                        {
                            Accepted.Add(recipient);
                        }

                        messages++;

                        await writer.WriteLineAsync($"250 2.0.0 queued as {Guid.NewGuid():N}");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 bye");
                        return;
                    default:
                        await writer.WriteLineAsync("250 ok");
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
        }
    }
}
