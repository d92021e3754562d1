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
    public const string KeyVaultReferencePrefix = "@Microsoft.KeyVault(";

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
                yield return ("email", Check(("Notify:SendGrid:ApiKey", services.GetRequiredService<IOptions<SendGridOptions>>().Value.ApiKey)));
                break;
            case SmtpEmailSender:
                var smtp = services.GetRequiredService<IOptions<SmtpOptions>>().Value;
                yield return ("email", string.IsNullOrEmpty(smtp.UserName) ? null : Check(("Notify:Smtp:Password", smtp.Password)));
                break;
        }

        if (services.GetService<ISmsSender>() is TwilioSmsSender)
        {
            var twilio = services.GetRequiredService<IOptions<TwilioOptions>>().Value;
            yield return ("sms", Check(("Notify:Twilio:AccountSid", twilio.AccountSid), ("Notify:Twilio:AuthToken", twilio.AuthToken)) ?? twilio.CredentialProblem());
        }
    }

    private static string? Check(params (string Key, string? Value)[] settings)
    {
        var problems = settings
            .Select(s => string.IsNullOrWhiteSpace(s.Value)
                ? $"{s.Key} is not set"
                : s.Value.TrimStart().StartsWith(KeyVaultReferencePrefix, StringComparison.OrdinalIgnoreCase)
                    ? $"{s.Key} is an unresolved Key Vault reference (check the secret exists and the app's identity may read it)"
                    : null)
            .OfType<string>()
            .ToList();
        return problems.Count == 0 ? null : string.Join("; ", problems);
    }
}
