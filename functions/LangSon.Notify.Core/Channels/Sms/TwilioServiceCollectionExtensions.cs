using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LangSon.Notify.Core.Channels.Sms;

internal static class TwilioServiceCollectionExtensions
{
    /// <summary>Makes Twilio the <see cref="ISmsSender"/>, replacing any earlier one (the development outbox).</summary>
    public static IServiceCollection AddNotifyTwilio(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(TwilioSmsSender)))
        {
            return services;
        }

        services.AddOptions<TwilioOptions>()
            .Bind(configuration.GetSection(TwilioOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient<TwilioSmsSender>()
            .AddProviderResilience<TwilioOptions>("twilio");
        services.Replace(ServiceDescriptor.Transient<ISmsSender>(sp => sp.GetRequiredService<TwilioSmsSender>()));
        return services;
    }
}
