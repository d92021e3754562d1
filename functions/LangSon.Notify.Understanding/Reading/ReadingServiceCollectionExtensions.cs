using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LangSon.Notify.Understanding.Reading;

/// <summary>DI registration of the document reader.</summary>
public static class ReadingServiceCollectionExtensions
{
    /// <summary>Registers the document reader with its options, validated when the host starts.</summary>
    public static IServiceCollection AddNotifyReading(this IServiceCollection services, Action<DocumentReaderOptions>? configure = null)
    {
        var options = services.AddOptions<DocumentReaderOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDocumentReader, DocumentReader>();
        return services;
    }

    /// <summary>A reader without a host, for the CLI.</summary>
    public static IDocumentReader CreateReader() => DocumentReader.Create();
}
