using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Understanding.Signatures;

public static class SignatureServiceCollectionExtensions
{
    /// <summary>Registers the signature verifier with its trust list and policy, validated when the host starts.</summary>
    public static IServiceCollection AddNotifySignatures(this IServiceCollection services, IConfiguration? configuration = null)
    {
        var options = services.AddOptions<SignatureOptions>();
        if (configuration is not null)
        {
            options.Bind(configuration.GetSection(SignatureOptions.Section));
        }

        options.ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISignatureVerifier>(sp => new PdfSignatureVerifier(
            TrustList.FromFolder(sp.GetRequiredService<IOptions<SignatureOptions>>().Value.TrustedRootsFolder),
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>A verifier without a host, for the CLI.</summary>
    public static ISignatureVerifier CreateVerifier(string? trustedRootsFolder) =>
        new PdfSignatureVerifier(TrustList.FromFolder(trustedRootsFolder), TimeProvider.System);
}
