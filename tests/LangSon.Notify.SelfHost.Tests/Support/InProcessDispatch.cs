using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LangSon.Notify.SelfHost.Tests.Support;

/// <summary>The dispatch services in process against the emulators' storage, with its tables, containers and queues created.</summary>
internal static class InProcessDispatch
{
    /// <param name="settings">Settings added to or replacing the defaults (the storage connection, SMTP, timings).</param>
    public static async Task<ServiceProvider> StartAsync(Emulators emulators, Action<IServiceCollection> configure, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = emulators.ConnectionString,
            ["Notify:Receipts:PublicBaseUrl"] = "https://notify.langson.example",
            ["Notify:Receipts:LinkKey"] = "test-link-key-0123456789abcdef0123456789",
            ["Notify:Signatures:Policy:unsigned"] = "send", // the seeds are unsigned
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging();
        configure(services);
        services.AddNotifyDispatch(configuration);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<NotifyStorage>().EnsureCreatedAsync(CancellationToken.None);
        return provider;
    }
}
