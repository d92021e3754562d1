using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;

namespace LangSon.Notify.SelfHost.Tests.Support;

/// <summary>
/// Azurite's blob service as Azure runs it for the app: HTTPS and OAuth only (its "basic" mode checks a bearer token's
/// audience, issuer and lifetime, not its signature), so clients use a token credential and no account key exists.
/// </summary>
internal sealed class IdentityAzurite : IDisposable
{
    private readonly ProcessGroup _azurite;
    private readonly DirectoryInfo _folder;

    private IdentityAzurite(ProcessGroup azurite, DirectoryInfo folder, int port)
    {
        _azurite = azurite;
        _folder = folder;
        BlobServiceUri = new Uri($"https://127.0.0.1:{port}/devstoreaccount1");
    }

    public Uri BlobServiceUri { get; }

    /// <summary>An HTTP client that accepts the emulator's self-signed certificate, as links are followed with.</summary>
    public static HttpClient Http() => new(new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator });

    public static async Task<IdentityAzurite> StartAsync()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("notify-azurite-tls-");
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));
        var cert = Path.Combine(folder.FullName, "cert.pem");
        var pem = Path.Combine(folder.FullName, "key.pem");
        await File.WriteAllTextAsync(cert, certificate.ExportCertificatePem());
        await File.WriteAllTextAsync(pem, key.ExportPkcs8PrivateKeyPem());

        var port = ProcessGroup.FreePort();
        var azurite = ProcessGroup.Start(Repo.NodeBin("azurite-blob"),
            ["--silent", "--inMemoryPersistence", "--skipApiVersionCheck", "--loose", "--blobHost", "127.0.0.1", "--blobPort", $"{port}", "--oauth", "basic", "--cert", cert, "--key", pem]);
        try
        {
            await ProcessGroup.WaitForPortAsync(port, azurite, "azurite", TimeSpan.FromSeconds(30));
        }
        catch
        {
            azurite.Dispose();
            throw;
        }

        return new IdentityAzurite(azurite, folder, port);
    }

    public BlobServiceClient Client() => new(BlobServiceUri, new EmulatorTokenCredential(), new BlobClientOptions
    {
        Transport = new HttpClientTransport(new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator }),
    });

    public void Dispose()
    {
        _azurite.Dispose();
        _folder.Delete(recursive: true);
    }

    /// <summary>A token shaped like Entra ID's for storage; the emulator does not check its signature.</summary>
    private sealed class EmulatorTokenCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            var now = DateTimeOffset.UtcNow;
            static string Part(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            var claims = $"{{\"aud\":\"https://storage.azure.com\",\"iss\":\"https://sts.windows.net/ab1f708d-50f6-404c-a006-d71b2ac7a606/\",\"nbf\":{now.AddMinutes(-5).ToUnixTimeSeconds()},\"iat\":{now.AddMinutes(-5).ToUnixTimeSeconds()},\"exp\":{now.AddHours(1).ToUnixTimeSeconds()},\"oid\":\"00000000-0000-0000-0000-0000000000aa\",\"tid\":\"00000000-0000-0000-0000-0000000000bb\"}}";
            return new AccessToken($"{Part("{\"alg\":\"HS256\",\"typ\":\"JWT\"}")}.{Part(claims)}.c2lnbmF0dXJl", now.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
