using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Reading;
using LangSon.Notify.Understanding.Resolution;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LangSon.Notify.TestHost.StandIns;

internal static class StandInServiceCollectionExtensions
{
    /// <summary>Adds stand-ins only where AddNotifyCore registered nothing; a synthetic resolver replaces the real one when Notify:StandIn:SyntheticRecipients is set.</summary>
    public static IServiceCollection AddStandIns(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<IDocumentReader, TextReaderStandIn>();
        services.TryAddSingleton<INoticeParser, ParserStandIn>();
        var synthetic = configuration.GetValue<int>("Notify:StandIn:SyntheticRecipients");
        if (synthetic > 0)
        {
            services.RemoveAll<INoticeResolver>();
            services.AddSingleton<INoticeResolver>(new SyntheticResolver(synthetic));
        }
        else
        {
            services.TryAddSingleton<INoticeResolver, ResolverStandIn>();
        }

        services.AddSingleton(sp => new StandInReport(
            sp.GetRequiredService<IDocumentReader>().GetType().FullName!,
            sp.GetRequiredService<INoticeParser>().GetType().FullName!,
            sp.GetRequiredService<INoticeResolver>().GetType().FullName!));
        return services;
    }
}
