using LangSon.Notify.Core.Channels.Pause;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Core.Channels.Email;

/// <summary>
/// Stops start-up with a clear message when SMTP is the email provider and its settings are invalid or its server
/// cannot be reached, instead of failing every delivery later. A server that refuses the account (530/534/535) is a
/// configuration fault the host can report while running: the email channel starts paused instead. A host that
/// replaced SMTP (SendGrid) skips it.
/// </summary>
internal sealed class SmtpStartupCheck(IServiceProvider services, IOptions<SmtpOptions> options, ChannelPauseStore pauses) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<IEmailSender>() is not SmtpEmailSender)
        {
            return;
        }

        var o = options.Value;
        if (!o.CheckOnStart)
        {
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(Math.Min(o.TimeoutSeconds, 15)));
        try
        {
            using var client = await SmtpConnectionPool.ConnectAsync(o, timeout.Token).ConfigureAwait(false);
            await client.DisconnectAsync(quit: true, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && SmtpErrors.Classify(ex) is { Status: SendStatus.Paused } refused)
        {
            await pauses.PauseAsync("email", refused.Reason!, ChannelPauseSources.StartUp, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InvalidOperationException(
                $"SMTP server {o.Host}:{o.Port} is unreachable ({ex.Message}). Start it (maildev locally) or fix Notify:Smtp:Host and Notify:Smtp:Port.", ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
