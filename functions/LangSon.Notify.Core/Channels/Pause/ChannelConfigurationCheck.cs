using LangSon.Notify.Core.Channels.Email;
using LangSon.Notify.Core.Channels.Sms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Core.Channels.Pause;

/// <summary>
/// At start, pauses a channel whose credentials cannot work: a secret that is still an unresolved Key Vault reference
/// (App Service leaves the literal <c>@Microsoft.KeyVault(…)</c> in place when the identity cannot read the secret), is
/// empty, or is malformed. A channel whose configuration looks right has a start-up pause lifted and a provider's pause probed now.
/// </summary>
internal sealed class ChannelConfigurationCheck(IServiceProvider services, ChannelPauseStore pauses) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var (channel, problem) in Problems())
        {
            if (problem is null)
            {
                await pauses.ReconsiderAsync(channel, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await pauses.PauseAsync(channel, problem, ChannelPauseSources.StartUp, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Each channel with a configured provider, and what is wrong with its secrets (null when nothing is).</summary>
    internal IEnumerable<(string Channel, string? Problem)> Problems()
    {
        switch (services.GetService<IEmailSender>())
        {
            case SendGridEmailSender:
                yield return ("email", services.GetRequiredService<IOptions<SendGridOptions>>().Value.CredentialProblem());
                break;
            case SmtpEmailSender:
                var smtp = services.GetRequiredService<IOptions<SmtpOptions>>().Value;
                yield return ("email", string.IsNullOrEmpty(smtp.UserName) ? null : SecretSetting.Problem("Notify:Smtp:Password", smtp.Password));
                break;
        }

        if (services.GetService<ISmsSender>() is TwilioSmsSender)
        {
            var twilio = services.GetRequiredService<IOptions<TwilioOptions>>().Value;
            yield return ("sms", twilio.CredentialProblem());
        }
    }
}
