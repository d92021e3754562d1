using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LangSon.Notify.Core.Channels.Email;

internal static class SendGridServiceCollectionExtensions
{
    /// <summary>Makes SendGrid the <see cref="IEmailSender"/>, replacing any earlier one (SMTP).</summary>
    public static IServiceCollection AddNotifySendGrid(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(SendGridEmailSender)))
        {
            return services;
        }

        services.AddOptions<SendGridOptions>()
            .Bind(configuration.GetSection(SendGridOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient<SendGridEmailSender>()
            .AddProviderResilience<SendGridOptions>("sendgrid");
        services.Replace(ServiceDescriptor.Transient<IEmailSender>(sp => sp.GetRequiredService<SendGridEmailSender>()));
        return services;
    }
}
