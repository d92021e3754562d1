using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Sas;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>
/// Read-only, single-blob, time-limited links. With an account key (Azurite, on-prem) the key signs them; with an
/// identity (Azure, where shared keys are off) a user delegation key does, fetched once and reused until it nears expiry.
/// </summary>
internal sealed class BlobLinkSigner(TimeProvider time)
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan MaxKeyLifetime = TimeSpan.FromDays(7); // the service's own limit
    private readonly SemaphoreSlim _gate = new(1, 1);
    private UserDelegationKey? _key;

    public async Task<Uri> CreateAsync(BlobServiceClient service, BlobClient blob, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var expires = now.Add(lifetime);
        var sas = new BlobSasBuilder(BlobSasPermissions.Read, expires)
        {
            BlobContainerName = blob.BlobContainerName,
            BlobName = blob.Name,
            Resource = "b",
            StartsOn = now.Subtract(ClockSkew),
            Protocol = blob.Uri.Scheme == Uri.UriSchemeHttps ? SasProtocol.Https : SasProtocol.HttpsAndHttp,
        };
        if (blob.CanGenerateSasUri)
        {
            return blob.GenerateSasUri(sas);
        }

        var key = await DelegationKeyAsync(service, now, expires, cancellationToken).ConfigureAwait(false);
        return new BlobUriBuilder(blob.Uri) { Sas = sas.ToSasQueryParameters(key, service.AccountName) }.ToUri();
    }

    private async Task<UserDelegationKey> DelegationKeyAsync(BlobServiceClient service, DateTimeOffset now, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        if (expires - now > MaxKeyLifetime)
        {
            throw new InvalidOperationException($"A link signed with the storage identity can live at most {MaxKeyLifetime.TotalDays:0} days; Notify:Dispatch:LinkLifetime asks for {(expires - now).TotalDays:0.#}.");
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_key is { } cached && cached.SignedExpiresOn >= expires && cached.SignedStartsOn <= now)
            {
                return cached;
            }

            // One key, as long-lived as the service allows, serves every link that expires before it does.
            var response = await service.GetUserDelegationKeyAsync(now.Subtract(ClockSkew), now.Add(MaxKeyLifetime), cancellationToken).ConfigureAwait(false);
            _key = response.Value;
            return _key;
        }
        finally
        {
            _gate.Release();
        }
    }
}
