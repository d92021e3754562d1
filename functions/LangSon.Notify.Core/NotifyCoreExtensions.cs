using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Parsing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace LangSon.Notify.Core;

public static class NotifyCoreExtensions
{
    /// <summary>Registers the pipeline: reading, parsing, resolution, dispatch, storage and the local channel providers.</summary>
    public static IHostApplicationBuilder AddNotifyCore(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<INoticeParser, NoticeParser>();

        // The document reader and the resolver register here as their implementations land.
        builder.Services.AddNotifyDispatch(builder.Configuration);
        return builder;
    }
}
