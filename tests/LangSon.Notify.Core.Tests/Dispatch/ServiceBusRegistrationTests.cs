using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LangSon.Notify.Core.Tests.Dispatch;

public sealed class ServiceBusRegistrationTests
{
    private const string ConnectionString = "Endpoint=sb://sb-langson-notify.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=bm90LWEtcmVhbC1rZXk=";

    [Fact]
    public async Task AddNotifyServiceBusConsumer_TransportServiceBus_QueueAndConsumerAreServiceBus()
    {
        await using var services = Build(new() { ["Notify:Transport"] = "ServiceBus", ["Notify:ServiceBus:ConnectionString"] = ConnectionString });

        Assert.IsType<ServiceBusDeliveryQueue>(services.GetRequiredService<IDeliveryQueue>());
        Assert.Contains(services.GetServices<IHostedService>(), s => s is ServiceBusDeliveryConsumer);
    }

    [Fact]
    public void AddNotifyServiceBusConsumer_TransportUnset_RegistersNothing()
    {
        using var services = Build([]);

        Assert.Null(services.GetService<IDeliveryQueue>());
        Assert.Empty(services.GetServices<IHostedService>());
    }

    [Fact]
    public void AddNotifyServiceBusConsumer_UnknownTransport_ThrowsNamingTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new() { ["Notify:Transport"] = "Kafka" }));

        Assert.Equal("Notify:Transport is 'Kafka'; expected StorageQueue or ServiceBus.", error.Message);
    }

    [Fact]
    public void Options_NeitherNamespaceNorConnectionString_FailValidation()
    {
        using var services = Build(new() { ["Notify:Transport"] = "ServiceBus" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ServiceBusTransportOptions>>().Value);

        Assert.Contains("Notify:ServiceBus:FullyQualifiedNamespace", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        ProviderServices.Build(settings, new FakeTimeProvider(), (s, c) =>
        {
            s.AddSingleton<IDeliveryHandler, RecordingDeliveryHandler>();
            s.AddNotifyServiceBusConsumer(c);
        });
}
