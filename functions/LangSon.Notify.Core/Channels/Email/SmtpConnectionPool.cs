using System.Collections.Concurrent;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Core.Channels.Email;

/// <summary>A bounded set of authenticated SMTP connections reused across sends.</summary>
internal sealed class SmtpConnectionPool : IAsyncDisposable
{
    private readonly SmtpOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentBag<Lease> _idle = [];

    public SmtpConnectionPool(IOptions<SmtpOptions> options, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        _slots = new SemaphoreSlim(_options.PoolSize, _options.PoolSize);
    }

    /// <summary>A connected client; <see cref="Lease.Reused"/> tells whether it served earlier sends.</summary>
    public async Task<Lease> RentAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (_idle.TryTake(out var lease))
            {
                if (lease.Client.IsConnected && _time.GetUtcNow() - lease.ReturnedAt < TimeSpan.FromSeconds(_options.MaxIdleSeconds))
                {
                    lease.Reused = true;
                    return lease;
                }

                await CloseAsync(lease.Client).ConfigureAwait(false);
            }

            return new Lease(await ConnectAsync(_options, cancellationToken).ConfigureAwait(false));
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    /// <summary>Returns a healthy connection to the pool, or closes a broken one.</summary>
    public async Task ReturnAsync(Lease lease, bool healthy)
    {
        try
        {
            if (healthy && lease.Client.IsConnected)
            {
                lease.ReturnedAt = _time.GetUtcNow();
                _idle.Add(lease);
            }
            else
            {
                await CloseAsync(lease.Client).ConfigureAwait(false);
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    public static async Task<SmtpClient> ConnectAsync(SmtpOptions options, CancellationToken cancellationToken)
    {
        var client = new SmtpClient { Timeout = options.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(options.Host, options.Port, Enum.Parse<SecureSocketOptions>(options.Security), cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(options.UserName))
            {
                await client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken).ConfigureAwait(false);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        while (_idle.TryTake(out var lease))
        {
            await CloseAsync(lease.Client).ConfigureAwait(false);
        }

        _slots.Dispose();
    }

    private static async Task CloseAsync(SmtpClient client)
    {
        try
        {
            if (client.IsConnected)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await client.DisconnectAsync(quit: true, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or MailKit.Net.Smtp.SmtpProtocolException or MailKit.ServiceNotConnectedException or MailKit.Net.Smtp.SmtpCommandException)
        {
            // The server already dropped it; nothing to close politely.
        }
        finally
        {
            client.Dispose();
        }
    }

    internal sealed class Lease(SmtpClient client)
    {
        public SmtpClient Client { get; } = client;

        public bool Reused { get; set; }

        public DateTimeOffset ReturnedAt { get; set; }
    }
}
