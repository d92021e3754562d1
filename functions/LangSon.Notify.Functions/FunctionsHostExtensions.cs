using LangSon.Notify.Core.Channels;
using LangSon.Notify.Core.Dispatch;
using Microsoft.Extensions.Hosting;

namespace LangSon.Notify.Functions;

internal static class FunctionsHostExtensions
{
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
        return builder;
    }
}
