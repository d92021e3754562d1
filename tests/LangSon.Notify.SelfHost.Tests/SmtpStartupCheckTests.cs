using LangSon.Notify.Core.Channels.Email;
using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.SelfHost.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.SelfHost.Tests;

public sealed class SmtpStartupCheckTests
{
    [Fact]
    public async Task StartAsync_SmtpProviderWithoutHost_StopsNamingTheSetting()
    {
        using var services = Build(replaceSmtp: false);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => SmtpCheck(services).StartAsync(CancellationToken.None));

        Assert.Contains("Notify:Smtp:Host is missing", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_SmtpReplacedByAnotherProvider_NeedsNoSmtpSettings()
    {
        using var services = Build(replaceSmtp: true);

        await SmtpCheck(services).StartAsync(CancellationToken.None);

        Assert.IsType<CountingEmailSender>(services.GetRequiredService<IEmailSender>());
    }

    private static ServiceProvider Build(bool replaceSmtp)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddNotifyDispatch(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" })
            .Build());
        if (replaceSmtp)
        {
            services.Replace(ServiceDescriptor.Singleton<IEmailSender>(new CountingEmailSender()));
        }

        return services.BuildServiceProvider();
    }

    private static IHostedService SmtpCheck(IServiceProvider services) => services.GetServices<IHostedService>().Single(s => s is SmtpStartupCheck);
}
