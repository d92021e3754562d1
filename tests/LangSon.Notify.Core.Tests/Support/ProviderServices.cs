using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LangSon.Notify.Core.Tests.Support;

/// <summary>Builds the real provider registrations over in-memory configuration, as a host would.</summary>
internal static class ProviderServices
{
    public static ServiceProvider Build(
        IReadOnlyDictionary<string, string?> settings,
        FakeTimeProvider time,
        Action<IServiceCollection, IConfiguration> register)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        register(services, configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}
