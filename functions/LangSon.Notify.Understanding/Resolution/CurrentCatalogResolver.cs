using LangSon.Notify.Understanding.Directory;
using LangSon.Notify.Understanding.Parsing;
using Microsoft.Extensions.Logging;

namespace LangSon.Notify.Understanding.Resolution;

/// <summary>Resolves against the source's current catalog, building its indexes once per catalog.</summary>
internal sealed class CurrentCatalogResolver(DirectoryCatalogSource source, ILogger<NoticeResolver> logger) : INoticeResolver
{
    private Built? _built;

    public ResolvedNotice Resolve(ParsedNotice notice)
    {
        var catalog = source.Current;
        var built = Volatile.Read(ref _built);
        if (built is null || !ReferenceEquals(built.Catalog, catalog))
        {
            built = new Built(catalog, new NoticeResolver(catalog, logger));
            Volatile.Write(ref _built, built);
        }

        return built.Resolver.Resolve(notice);
    }

    private sealed record Built(DirectoryCatalog Catalog, NoticeResolver Resolver);
}
