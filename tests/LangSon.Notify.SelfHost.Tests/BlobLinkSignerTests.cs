using System.Net;
using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.SelfHost.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace LangSon.Notify.SelfHost.Tests;

/// <summary>Large notices are linked, not attached. In Azure storage has no key, so the link is signed with a user delegation key.</summary>
public sealed class BlobLinkSignerTests
{
    [Fact]
    public async Task CreateAsync_IdentityOnlyStorage_UserDelegationLinkThatReadsOneBlob()
    {
        using var azurite = await IdentityAzurite.StartAsync();
        var service = azurite.Client();
        var container = service.GetBlobContainerClient("notices");
        await container.CreateIfNotExistsAsync();
        var blob = container.GetBlobClient("2026/thong-bao-lon.pdf");
        await blob.UploadAsync(BinaryData.FromString("%PDF-1.7 a large notice"), overwrite: true);
        var other = container.GetBlobClient("2026/khac.pdf");
        await other.UploadAsync(BinaryData.FromString("another notice"), overwrite: true);
        Assert.False(blob.CanGenerateSasUri);

        var link = await new BlobLinkSigner(TimeProvider.System).CreateAsync(service, blob, TimeSpan.FromHours(2), CancellationToken.None);

        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        Assert.Equal("r", query["sp"]);
        Assert.Equal("b", query["sr"]);
        Assert.Equal("https", query["spr"]);
        Assert.Equal("00000000-0000-0000-0000-0000000000aa", query["skoid"]);
        using var http = IdentityAzurite.Http();
        Assert.Equal("%PDF-1.7 a large notice", await http.GetStringAsync(link));

        var forOther = new UriBuilder(link) { Path = other.Uri.AbsolutePath }.Uri;
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync(forOther)).StatusCode);
        using var write = new HttpRequestMessage(HttpMethod.Put, link) { Content = new StringContent("overwrite") };
        write.Headers.Add("x-ms-blob-type", "BlockBlob");
        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(write)).StatusCode);
        Assert.Equal("%PDF-1.7 a large notice", await http.GetStringAsync(link));
    }

    [Fact]
    public async Task CreateAsync_LinkPastItsLifetime_Refused()
    {
        using var azurite = await IdentityAzurite.StartAsync();
        var service = azurite.Client();
        var container = service.GetBlobContainerClient("notices");
        await container.CreateIfNotExistsAsync();
        var blob = container.GetBlobClient("cu.pdf");
        await blob.UploadAsync(BinaryData.FromString("old"), overwrite: true);

        // Made three hours ago with a one-hour life: expired now.
        var threeHoursAgo = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-3));
        var link = await new BlobLinkSigner(threeHoursAgo).CreateAsync(service, blob, TimeSpan.FromHours(1), CancellationToken.None);

        using var http = IdentityAzurite.Http();
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task CreateAsync_LifetimeBeyondSevenDays_ErrorNamesTheSetting()
    {
        using var azurite = await IdentityAzurite.StartAsync();
        var service = azurite.Client();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new BlobLinkSigner(TimeProvider.System).CreateAsync(service, service.GetBlobContainerClient("notices").GetBlobClient("x.pdf"), TimeSpan.FromDays(8), CancellationToken.None));

        Assert.Contains("Notify:Dispatch:LinkLifetime", error.Message, StringComparison.Ordinal);
    }
}
