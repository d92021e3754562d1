using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Core.Tests.Storage;

/// <summary>In Azure the app has no storage key: AzureWebJobsStorage__* name the account and identity instead.</summary>
public sealed class StorageIdentityTests
{
    [Fact]
    public void StorageOptions_FunctionsIdentitySettings_BoundWithoutConnectionString()
    {
        var options = Bind(new()
        {
            ["AzureWebJobsStorage:accountName"] = "stlangson",
            ["AzureWebJobsStorage:credential"] = "managedidentity",
            ["AzureWebJobsStorage:clientId"] = "11111111-2222-3333-4444-555555555555",
        });

        Assert.True(options.UsesIdentity);
        Assert.Equal("stlangson", options.AccountName);
        Assert.Equal("11111111-2222-3333-4444-555555555555", options.ClientId);
    }

    [Fact]
    public void NotifyStorage_AccountNameOnly_ClientsAddressThatAccount()
    {
        var storage = new NotifyStorage(Options.Create(new StorageOptions { AccountName = "stlangson", ClientId = "11111111-2222-3333-4444-555555555555" }));

        Assert.Equal(new Uri("https://stlangson.blob.core.windows.net/notices"), storage.Notices.Uri);
        Assert.Equal(new Uri("https://stlangson.queue.core.windows.net/deliveries"), storage.DeliveriesQueue.Uri);
        Assert.Equal("https://stlangson.table.core.windows.net/", storage.Tables.Uri.AbsoluteUri);
    }

    [Fact]
    public void NotifyStorage_ServiceUris_UsedAsGiven()
    {
        var storage = new NotifyStorage(Options.Create(Bind(new()
        {
            ["AzureWebJobsStorage:blobServiceUri"] = "https://stlangson.blob.core.usgovcloudapi.net/",
            ["AzureWebJobsStorage:queueServiceUri"] = "https://stlangson.queue.core.usgovcloudapi.net/",
            ["AzureWebJobsStorage:tableServiceUri"] = "https://stlangson.table.core.usgovcloudapi.net/",
        })));

        Assert.Equal("stlangson.blob.core.usgovcloudapi.net", storage.Notices.Uri.Host);
        Assert.Equal("stlangson.queue.core.usgovcloudapi.net", storage.DeliveriesQueue.Uri.Host);
    }

    [Fact]
    public void StorageOptions_NeitherConnectionStringNorAccount_FailValidationNamingBoth()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Bind([]));

        Assert.Contains("AzureWebJobsStorage__accountName", error.Message, StringComparison.Ordinal);
        Assert.Contains("connection string", error.Message, StringComparison.Ordinal);
    }

    private static StorageOptions Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddNotifyDispatch(configuration);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<StorageOptions>>().Value;
    }
}
