using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.SelfHost.Status;
using LangSon.Notify.SelfHost.Triggers;
using Microsoft.Azure.WebJobs.Host.Queues;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.SelfHost.Hosting;

/// <summary>Registers the self-host: triggers, options and start-up work; public so the test host composes the same host.</summary>
public static class SelfHostExtensions
{
    /// <summary>The WebJobs SDK (blob and queue triggers), the periodic recovery sweep and the status API's services.</summary>
    public static WebApplicationBuilder AddNotifySelfHost(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(SelfHostOptions.SectionName);
        builder.Services.AddOptions<SelfHostOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        var selfHost = section.Get<SelfHostOptions>() ?? new SelfHostOptions();

        // The WebJobs SDK reads its storage connection from AzureWebJobsStorage; one setting serves both.
        if (string.IsNullOrWhiteSpace(builder.Configuration["AzureWebJobsStorage"]) && builder.Configuration[$"{StorageOptions.SectionName}:ConnectionString"] is { Length: > 0 } connection)
        {
            builder.Configuration["AzureWebJobsStorage"] = connection;
        }

        // The resolver reads a private copy of the directory container unless Directory:Folder is configured.
        builder.Services.AddNotifyDirectoryCopy(builder.Configuration, selfHost.DirectoryCacheFolder, selfHost.RequireDirectory);

        builder.Services.AddOptions<RetryBackoffOptions>().Bind(section);
        builder.Services.AddSingleton<IQueueProcessorFactory>(new BackoffQueueProcessorFactory(selfHost.Backoff));
        builder.Host.ConfigureWebJobs(webJobs =>
        {
            webJobs.AddAzureStorageBlobs();
            webJobs.AddAzureStorageQueues(queues =>
            {
                queues.BatchSize = selfHost.BatchSize;
                queues.NewBatchThreshold = selfHost.BatchSize / 2;
                queues.MaxPollingInterval = selfHost.MaxPollingInterval;
                queues.MaxDequeueCount = SelfHostDefaults.MaxDequeueCount;
                queues.VisibilityTimeout = selfHost.FirstRetryDelay;
            });
        });

        // With Notify:Transport = ServiceBus, deliveries are consumed from Service Bus as well as any left on the storage queue.
        builder.Services.AddNotifyServiceBusConsumer(builder.Configuration);
        // A delivery waiting out its backoff must not look lost to the sweep.
        builder.Services.AddOptions<RecoveryOptions>()
            .Validate<IOptions<SelfHostOptions>>(
                (recovery, host) => recovery.GracePeriod > host.Value.MaxRetryDelay,
                $"{RecoveryOptions.SectionName}:GracePeriod must be longer than {SelfHostOptions.SectionName}:MaxRetryDelay, or deliveries waiting out their retry delay would be queued again early.");
        builder.Services.AddHostedService<RecoverySweepService>();
        builder.Services.AddSingleton<StatusReader>();
        builder.Services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage").AddCheck<ChannelPauseHealthCheck>("channels");
        return builder;
    }
}
