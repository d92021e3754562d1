using LangSon.Notify.Core.Channels.Email;
using LangSon.Notify.Core.Channels.Pause;
using LangSon.Notify.Core.Channels.Sms;
using LangSon.Notify.Core.Receipts;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Core.Templates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

using LangSon.Notify.Understanding.Signatures;

namespace LangSon.Notify.Core.Dispatch;

internal static class DispatchServiceCollectionExtensions
{
    /// <summary>
    /// Storage, ingest and delivery handlers, the storage-queue transport, composers and templates, and the local
    /// providers (SMTP email, development SMS outbox). Providers use TryAdd so a host that registered SendGrid or
    /// Twilio first keeps them.
    /// </summary>
    public static IServiceCollection AddNotifyDispatch(this IServiceCollection services, IConfiguration configuration)
    {
        // Ingest checks each notice's signatures against the configured policy before anything is sent.
        services.AddNotifySignatures(configuration);
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .PostConfigure(o =>
            {
                if (string.IsNullOrWhiteSpace(o.ConnectionString))
                {
                    o.ConnectionString = configuration.GetConnectionString("AzureWebJobsStorage") ?? configuration["AzureWebJobsStorage"] ?? "";
                }

                // Identity-based connection, in the Functions host's own setting names.
                var host = configuration.GetSection("AzureWebJobsStorage");
                o.AccountName ??= host["accountName"];
                o.BlobServiceUri ??= AsUri(host["blobServiceUri"]);
                o.QueueServiceUri ??= AsUri(host["queueServiceUri"]);
                o.TableServiceUri ??= AsUri(host["tableServiceUri"]);
                o.ClientId ??= host["clientId"];
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<DispatchOptions>().Bind(configuration.GetSection(DispatchOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();

        services.AddOptions<ReviewOptions>().Bind(configuration.GetSection(ReviewOptions.SectionName));
        services.TryAddSingleton<NoticeReview>();
        services.TryAddSingleton<DeliveryActions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<NotifyStorage>();
        services.TryAddSingleton<NoticeStore>();
        services.TryAddSingleton<DeliveryEventWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<DeliveryEventWriter>());
        services.TryAddSingleton(sp => new DeliveryStore(sp.GetRequiredService<NotifyStorage>(), sp.GetRequiredService<DeliveryEventWriter>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<DispatchPlanStore>();
        services.TryAddSingleton<NoticeFiles>();
        services.TryAddSingleton<LiquidTemplates>();
        services.TryAddSingleton<EmailComposer>();
        services.TryAddSingleton<SmsComposer>();
        services.TryAddSingleton<IDeliveryQueue, StorageDeliveryQueue>();
        // Each host binds its own section (Notify:Functions, Notify:SelfHost) to these before or after this call.
        services.AddOptions<RetryBackoffOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IDeliveryDeferral, StorageDeliveryDeferral>();
        services.TryAddSingleton<INoticeIngestHandler, NoticeIngestHandler>();
        services.TryAddSingleton<UnsavedSends>();
        services.TryAddSingleton<DeliveryHandler>();
        services.TryAddSingleton<IDeliveryHandler>(sp => sp.GetRequiredService<DeliveryHandler>());
        services.TryAddSingleton<DeliveryRequeue>();
        services.AddOptions<RecoveryOptions>().Bind(configuration.GetSection(RecoveryOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.StartupGracePeriod <= o.GracePeriod, $"{RecoveryOptions.SectionName}:StartupGracePeriod must not exceed {RecoveryOptions.SectionName}:GracePeriod.")
            .ValidateOnStart();
        services.TryAddSingleton<IRecoverySweep, RecoverySweep>();
        services.AddHostedService<StorageInitializer>();
        services.AddHostedService<TemplateStartupCheck>();
        services.AddOptions<ChannelPauseOptions>().Bind(configuration.GetSection(ChannelPauseOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<ChannelPauseStore>();
        services.AddHostedService<ChannelConfigurationCheck>();

        if (!services.Any(s => s.ServiceType == typeof(LangSon.Notify.Core.Channels.Email.IEmailSender)))
        {
            // Validated by SmtpStartupCheck only while SMTP is the provider, so a host that swaps in SendGrid needs no SMTP settings.
            services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.SectionName)).ValidateDataAnnotations();
            services.TryAddSingleton<SmtpConnectionPool>();
            services.TryAddSingleton<LangSon.Notify.Core.Channels.Email.IEmailSender, SmtpEmailSender>();
            services.AddHostedService<SmtpStartupCheck>();
        }

        services.TryAddSingleton<LangSon.Notify.Core.Channels.Sms.ISmsSender, OutboxSmsSender>();
        services.AddNotifyReceipts(configuration);
        return services;
    }

    private static Uri? AsUri(string? value) => string.IsNullOrWhiteSpace(value) ? null : new Uri(value);
}
