using Azure.Identity;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>The delivery transport chosen by configuration, and DI registration of the Service Bus queue and consumer.</summary>
public static class ServiceBusServiceCollectionExtensions
{
    public const string TransportKey = "Notify:Transport";

    /// <summary>Reads <c>Notify:Transport</c>; throws naming the setting when the value is not a known transport.</summary>
    public static NotifyTransport GetNotifyTransport(this IConfiguration configuration)
    {
        var value = configuration[TransportKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return NotifyTransport.StorageQueue;
        }

        return Enum.TryParse<NotifyTransport>(value, ignoreCase: true, out var transport) && Enum.IsDefined(transport)
            ? transport
            : throw new InvalidOperationException($"{TransportKey} is '{value}'; expected StorageQueue or ServiceBus.");
    }

    /// <summary>When <c>Notify:Transport</c> is ServiceBus, makes Service Bus the <see cref="IDeliveryQueue"/> (replacing the storage queue).</summary>
    public static IServiceCollection AddNotifyServiceBusTransport(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetNotifyTransport() != NotifyTransport.ServiceBus)
        {
            return services;
        }

        services.AddOptions<ServiceBusTransportOptions>()
            .Bind(configuration.GetSection(ServiceBusTransportOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ServiceBusTransportOptions>>().Value;
            return string.IsNullOrWhiteSpace(options.ConnectionString)
                ? new ServiceBusClient(options.FullyQualifiedNamespace, new DefaultAzureCredential())
                : new ServiceBusClient(options.ConnectionString);
        });
        services.TryAddSingleton(sp => sp.GetRequiredService<ServiceBusClient>()
            .CreateSender(sp.GetRequiredService<IOptions<ServiceBusTransportOptions>>().Value.QueueName));
        services.Replace(ServiceDescriptor.Singleton<IDeliveryQueue, ServiceBusDeliveryQueue>());
        return services;
    }

    /// <summary>For the self-host: consumes the Service Bus queue when it is the transport. The Functions app has no Service Bus trigger.</summary>
    public static IServiceCollection AddNotifyServiceBusConsumer(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetNotifyTransport() != NotifyTransport.ServiceBus)
        {
            return services;
        }

        services.AddNotifyServiceBusTransport(configuration);
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ServiceBusTransportOptions>>().Value;
            return sp.GetRequiredService<ServiceBusClient>().CreateProcessor(options.QueueName, new ServiceBusProcessorOptions
            {
                AutoCompleteMessages = false,
                ReceiveMode = ServiceBusReceiveMode.PeekLock,
                MaxConcurrentCalls = options.MaxConcurrentCalls,
            });
        });
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<ServiceBusDeliveryConsumer>();
        return services;
    }
}
