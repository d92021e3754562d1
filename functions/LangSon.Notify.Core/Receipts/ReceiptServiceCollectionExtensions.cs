using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LangSon.Notify.Core.Receipts;

internal static class ReceiptServiceCollectionExtensions
{
    /// <summary>Receipt state, webhooks, acknowledgement links, deadlines, duplicate holding and the receipts reader.</summary>
    public static IServiceCollection AddNotifyReceipts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReceiptOptions>().Bind(configuration.GetSection(ReceiptOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WebhookKeys>().Configure(k =>
        {
            k.SendGridVerificationKey = configuration["Notify:SendGrid:WebhookVerificationKey"];
            k.TwilioAuthToken = configuration["Notify:Twilio:AuthToken"];
        });
        services.TryAddSingleton<ReceiptStore>();
        services.TryAddSingleton<ReceiptRecorder>();
        services.TryAddSingleton<ReplayGuard>();
        services.TryAddSingleton<IWebhookReceiver, WebhookReceiver>();
        services.TryAddSingleton<AckTokens>();
        services.TryAddSingleton<AckLinks>();
        services.TryAddSingleton<IAckService, AckService>();
        services.TryAddSingleton<ReceiptReader>();
        services.TryAddSingleton<DeadlineHandler>();
        services.TryAddSingleton<DuplicateNoticeCheck>();
        return services;
    }
}
