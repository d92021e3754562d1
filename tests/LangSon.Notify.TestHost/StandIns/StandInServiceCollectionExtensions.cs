using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Reading;
using LangSon.Notify.Understanding.Resolution;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LangSon.Notify.TestHost.StandIns;

internal static class StandInServiceCollectionExtensions
{
    /// <summary>The real reader, parser and resolver run; only the load runs swap in a synthetic resolver (Notify:StandIn:SyntheticRecipients) to reach thousands of recipients.</summary>
    public static IServiceCollection AddStandIns(this IServiceCollection services, IConfiguration configuration)
    {
        var synthetic = configuration.GetValue<int>("Notify:StandIn:SyntheticRecipients");
        if (synthetic > 0)
        {
            services.RemoveAll<INoticeResolver>();
            services.AddSingleton<INoticeResolver>(new SyntheticResolver(synthetic));
        }

        services.AddSingleton(sp => new StandInReport(
            sp.GetRequiredService<IDocumentReader>().GetType().FullName!,
            sp.GetRequiredService<INoticeParser>().GetType().FullName!,
            sp.GetRequiredService<INoticeResolver>().GetType().FullName!));
        return services;
    }
}
