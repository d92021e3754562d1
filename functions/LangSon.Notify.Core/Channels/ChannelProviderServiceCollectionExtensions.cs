using LangSon.Notify.Core.Channels.Email;
using LangSon.Notify.Core.Channels.Sms;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LangSon.Notify.Core.Channels;

/// <summary>DI registration of the cloud channel providers (SendGrid, Twilio) chosen by configuration.</summary>
public static class ChannelProviderServiceCollectionExtensions
{
    public const string EmailProviderKey = "Notify:Email:Provider";
    public const string SmsProviderKey = "Notify:Sms:Provider";

    /// <summary>
    /// Registers the cloud providers chosen by <c>Notify:Email:Provider</c> (Smtp | SendGrid) and
    /// <c>Notify:Sms:Provider</c> (Outbox | Twilio). Call before the dispatch registrations, whose
    /// local providers (SMTP, outbox) are added only when no provider is registered yet.
    /// </summary>
    public static IServiceCollection AddNotifyChannelProviders(this IServiceCollection services, IConfiguration configuration)
    {
        switch (configuration[EmailProviderKey])
        {
            case null or "" or "Smtp":
                break;
            case "SendGrid":
                services.AddNotifySendGrid(configuration);
                break;
            case var other:
                throw new InvalidOperationException($"{EmailProviderKey} is '{other}'; expected Smtp or SendGrid.");
        }

        switch (configuration[SmsProviderKey])
        {
            case null or "" or "Outbox":
                break;
            case "Twilio":
                services.AddNotifyTwilio(configuration);
                break;
            case var other:
                throw new InvalidOperationException($"{SmsProviderKey} is '{other}'; expected Outbox or Twilio.");
        }

        return services;
    }
}
