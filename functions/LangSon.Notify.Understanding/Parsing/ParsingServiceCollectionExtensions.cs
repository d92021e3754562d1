using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LangSon.Notify.Understanding.Parsing;

/// <summary>DI registration of the notice parser; the parser itself stays internal.</summary>
public static class ParsingServiceCollectionExtensions
{
    /// <summary>Registers the notice parser unless a host has registered its own.</summary>
    public static IServiceCollection AddNotifyParsing(this IServiceCollection services)
    {
        services.TryAddSingleton<INoticeParser, NoticeParser>();
        return services;
    }

    /// <summary>A parser without a host, for the CLI.</summary>
    public static INoticeParser CreateParser() => new NoticeParser();
}
