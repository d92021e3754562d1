using LangSon.Notify.Core.Channels;
using LangSon.Notify.Understanding.Directory;
using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Telemetry;
using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Reading;
using Microsoft.Extensions.Hosting;

namespace LangSon.Notify.Core;

public static class NotifyCoreExtensions
{
    /// <summary>Registers the pipeline: reading, parsing, resolution, dispatch, storage and the local channel providers.</summary>
    public static IHostApplicationBuilder AddNotifyCore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddNotifyReading();
        builder.Services.AddNotifyParsing();
        builder.Services.AddNotifyDirectory(builder.Configuration);
        // Cloud providers and transport chosen by configuration go first: dispatch adds its local defaults only where none is registered.
        builder.Services.AddNotifyChannelProviders(builder.Configuration);
        builder.Services.AddNotifyServiceBusTransport(builder.Configuration);
        builder.Services.AddNotifyDispatch(builder.Configuration);
        builder.Services.AddNotifyTelemetry(builder.Configuration);
        return builder;
    }
}
