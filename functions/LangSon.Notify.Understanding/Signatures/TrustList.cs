using System.Security.Cryptography.X509Certificates;

namespace LangSon.Notify.Understanding.Signatures;

/// <summary>The root certificates a signer's chain must end in.</summary>
internal sealed class TrustList
{
    public TrustList(IEnumerable<X509Certificate2> roots) => Roots = [.. roots];

    public static TrustList Empty { get; } = new([]);

    public X509Certificate2Collection Roots { get; }

    /// <summary>Every .cer, .crt, .der and .pem file in the folder; a file that is not a certificate stops start-up, naming it.</summary>
    public static TrustList FromFolder(string? folder)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            return Empty;
        }

        var roots = new List<X509Certificate2>();
        foreach (var file in System.IO.Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var extension = Path.GetExtension(file).ToLowerInvariant();
            try
            {
                if (extension == ".pem")
                {
                    var collection = new X509Certificate2Collection();
                    collection.ImportFromPemFile(file);
                    roots.AddRange(collection);
                }
                else if (extension is ".cer" or ".crt" or ".der")
                {
                    roots.Add(X509CertificateLoader.LoadCertificateFromFile(file));
                }
            }
            catch (System.Security.Cryptography.CryptographicException ex)
            {
                throw new InvalidOperationException($"{file}: not a certificate the trust list can use: {ex.Message}", ex);
            }
        }

        return new TrustList(roots);
    }
}
