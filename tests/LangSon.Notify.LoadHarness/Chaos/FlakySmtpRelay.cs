using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LangSon.Notify.LoadHarness.Chaos;

/// <summary>
/// Relays SMTP to maildev and, while <see cref="Refusing"/> is set, refuses like a mail server going down: new
/// connections get 421 on greeting, open ones get 421 on their next command. A message whose data is already on its
/// way is let through, so the relay itself never makes a duplicate (a reply cut after "." would).
/// </summary>
internal sealed class FlakySmtpRelay : IAsyncDisposable
{
    private const string Refusal = "421 4.3.2 Service not available, closing transmission channel\r\n";
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly int _targetPort;
    private readonly Task _accepting;
    private volatile bool _refusing;
    private int _refusals;

    public FlakySmtpRelay(int targetPort)
    {
        _targetPort = targetPort;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public bool Refusing
    {
        get => _refusing;
        set => _refusing = value;
    }

    /// <summary>Connections and commands answered with 421.</summary>
    public int Refusals => Volatile.Read(ref _refusals);

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
            if (_refusing)
            {
                Interlocked.Increment(ref _refusals);
                _ = RefuseAsync(client);
                continue;
            }

            _ = Task.Run(() => RelayAsync(client));
        }
    }

    private static async Task RefuseAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(Refusal));
        }
        catch (IOException)
        {
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using var _ = client;
        using var upstream = new TcpClient();
        using var writes = new SemaphoreSlim(1, 1);
        try
        {
            await upstream.ConnectAsync(IPAddress.Loopback, _targetPort, _stop.Token);
            var down = client.GetStream();
            var up = upstream.GetStream();
            var replies = PumpRepliesAsync(up, down, writes);
            await PumpCommandsAsync(down, up, writes);
            client.Client.Shutdown(SocketShutdown.Both);
            upstream.Client.Shutdown(SocketShutdown.Both);
            await replies;
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    private async Task PumpRepliesAsync(Stream from, Stream to, SemaphoreSlim writes)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await from.ReadAsync(buffer, _stop.Token)) > 0)
        {
            await writes.WaitAsync(_stop.Token);
            try
            {
                await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
            }
            finally
            {
                writes.Release();
            }
        }
    }

    /// <summary>Forwards the client's lines; between messages (outside DATA) a refusing relay answers 421 and hangs up instead.</summary>
    private async Task PumpCommandsAsync(Stream from, Stream to, SemaphoreSlim writes)
    {
        var buffer = new byte[64 * 1024];
        var filled = 0;
        var inData = false;
        while (true)
        {
            var newline = Array.IndexOf(buffer, (byte)'\n', 0, filled);
            if (newline < 0)
            {
                if (filled == buffer.Length)
                {
                    // A line longer than the buffer can only be message data: pass it on as it is.
                    await to.WriteAsync(buffer.AsMemory(0, filled), _stop.Token);
                    filled = 0;
                }

                var read = await from.ReadAsync(buffer.AsMemory(filled), _stop.Token);
                if (read == 0)
                {
                    return;
                }

                filled += read;
                continue;
            }

            var line = buffer.AsMemory(0, newline + 1);
            var text = Encoding.ASCII.GetString(line.Span).TrimEnd('\r', '\n');
            if (!inData && _refusing)
            {
                Interlocked.Increment(ref _refusals);
                await writes.WaitAsync(_stop.Token);
                try
                {
                    await from.WriteAsync(Encoding.ASCII.GetBytes(Refusal), _stop.Token);
                }
                finally
                {
                    writes.Release();
                }

                return;
            }

            await to.WriteAsync(line, _stop.Token);
            if (!inData && text.Equals("DATA", StringComparison.OrdinalIgnoreCase))
            {
                inData = true;
            }
            else if (inData && text == ".")
            {
                inData = false;
            }

            Buffer.BlockCopy(buffer, newline + 1, buffer, 0, filled - newline - 1);
            filled -= newline + 1;
        }
    }
}
