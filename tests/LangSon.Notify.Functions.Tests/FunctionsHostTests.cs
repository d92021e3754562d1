using LangSon.Notify.Core.Channels.Email;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using LangSon.Notify.Core.Dispatch;

namespace LangSon.Notify.Functions.Tests;

public sealed class FunctionsHostTests
{
    [Fact]
    public void AddNotifyFunctions_ServiceBusTransport_RefusesToStartWithTheReason()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Notify:Transport"] = "ServiceBus" });

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddNotifyFunctions());

        Assert.Contains("set Notify:Transport to StorageQueue", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddNotifyFunctions_GracePeriodShorterThanTheRetryDelay_RefusesToStartNamingBoth()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["Notify:Recovery:GracePeriod"] = "00:05:00",
            ["Notify:Functions:MaxRetryDelay"] = "00:30:00",
        });
        builder.AddNotifyFunctions();
        builder.Services.AddNotifyDispatch(builder.Configuration);
        using var host = builder.Build();

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<RecoveryOptions>>().Value);

        Assert.Contains("Notify:Recovery:GracePeriod must be longer than Notify:Functions:MaxRetryDelay", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddNotifyFunctions_SendGridProvider_RegistersSendGridAsTheEmailSender()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Notify:Email:Provider"] = "SendGrid",
            ["Notify:SendGrid:ApiKey"] = "SG.test",
            ["Notify:SendGrid:FromAddress"] = "thongbao@langson.example",
        });

        builder.AddNotifyFunctions();
        using var host = builder.Build();

        Assert.IsType<SendGridEmailSender>(host.Services.GetRequiredService<IEmailSender>());
    }
}
