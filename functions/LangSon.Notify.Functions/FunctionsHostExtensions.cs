using LangSon.Notify.Core.Channels;
using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Functions;

internal static class FunctionsHostExtensions
{
    public const string RetryBackoffSectionName = "Notify:Functions";

    /// <summary>
    /// The Azure providers chosen by configuration, registered before AddNotifyCore so its local defaults
    /// (SMTP, SMS outbox) stand aside. Refuses the Service Bus transport: this app consumes the storage queue only.
    /// </summary>
    public static IHostApplicationBuilder AddNotifyFunctions(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration.GetNotifyTransport() != NotifyTransport.StorageQueue)
        {
            throw new InvalidOperationException(
                "The Functions app consumes deliveries from the storage queue only (the Service Bus trigger extension is not available to this build); set Notify:Transport to StorageQueue, or run the self-host for Service Bus.");
        }

        builder.Services.AddNotifyChannelProviders(builder.Configuration);

        // The worker's own spans join the host's invocation traces; Azure Monitor receives them where Application Insights is set.
        var telemetry = builder.Services.AddOpenTelemetry().UseFunctionsWorkerDefaults();
        if (!string.IsNullOrWhiteSpace(builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]))
        {
            telemetry.UseAzureMonitorExporter();
        }

        // A transiently failed send is re-enqueued hidden for this backoff (or the provider's Retry-After, capped) rather
        // than left to host.json's fixed visibilityTimeout; maxDequeueCount then only counts unexpected errors.
        builder.Services.AddOptions<RetryBackoffOptions>().Bind(builder.Configuration.GetSection(RetryBackoffSectionName));

        // A delivery waiting out its backoff must not look lost to the recovery sweep.
        builder.Services.AddOptions<RecoveryOptions>()
            .Validate<IOptions<RetryBackoffOptions>>(
                (recovery, retry) => recovery.GracePeriod > retry.Value.MaxRetryDelay,
                $"{RecoveryOptions.SectionName}:GracePeriod must be longer than {RetryBackoffSectionName}:MaxRetryDelay, or deliveries waiting out their retry delay would be queued again early.");

        // The acknowledgement pages' form tokens; in Azure the data protection keys must be shared by the instances.
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "notify-ack";
            o.FormFieldName = "__ack";
        });

        // Unless a folder is configured, the resolver reads a copy of the "directory" container, made first thing at start.
        builder.Services.AddNotifyDirectoryCopy(builder.Configuration, Path.Combine(Path.GetTempPath(), "langson-notify", $"directory-{Environment.ProcessId}-{Guid.NewGuid():N}"));

        return builder;
    }
}
