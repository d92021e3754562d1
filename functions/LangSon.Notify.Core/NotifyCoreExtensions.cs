using LangSon.Notify.Core.Dispatch;
using Microsoft.Extensions.Hosting;

namespace LangSon.Notify.Core;

public static class NotifyCoreExtensions
{
    /// <summary>Registers the pipeline: reading, parsing, resolution, dispatch, storage and the local channel providers.</summary>
    public static IHostApplicationBuilder AddNotifyCore(this IHostApplicationBuilder builder)
    {
        // Reading, parsing and resolution register here as their implementations land.
        builder.Services.AddNotifyDispatch(builder.Configuration);
        return builder;
    }
}
