using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace LangSon.Notify.Understanding.Tests.Support;

/// <summary>A root CA and signer certificates made for the test, never a real authority.</summary>
internal sealed class TestPki : IDisposable
{
    private readonly RSA _rootKey = RSA.Create(2048);

    public TestPki(string name = "Test Root CA")
    {
        var request = new CertificateRequest($"CN={name}, O=LangSon.Notify Tests", _rootKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        Root = request.CreateSelfSigned(new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2040, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    public X509Certificate2 Root { get; }

    /// <summary>A signer certificate with its private key, issued by this root.</summary>
    public X509Certificate2 Issue(string commonName, string organization, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={commonName}, O={organization}, C=VN", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        var serial = RandomNumberGenerator.GetBytes(12);
        serial[0] &= 0x7F;
        using var issued = request.Create(Root, notBefore, notAfter, serial);
        return issued.CopyWithPrivateKey(key);
    }

    public void Dispose()
    {
        Root.Dispose();
        _rootKey.Dispose();
    }
}
