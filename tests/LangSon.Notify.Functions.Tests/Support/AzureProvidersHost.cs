using Azure.Storage.Blobs;
using LangSon.Notify.Core;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.SelfHost.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LangSon.Notify.Functions.Tests.Support;

/// <summary>The Functions app's services as configured in Azure (SendGrid and Twilio), against Azurite and a stub of both APIs.</summary>
internal static class AzureProvidersHost
{
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";

    public const string TwilioMessagesPath = $"/2010-04-01/Accounts/{AccountSid}/Messages.json";

    public static IHost Build(string storageConnection, string apiUrl, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = storageConnection,
            ["Notify:Receipts:PublicBaseUrl"] = "https://notify.langson.example",
            ["Notify:Receipts:LinkKey"] = "test-link-key-0123456789abcdef0123456789",
            ["Notify:Signatures:Policy:unsigned"] = "send", // the seeds are unsigned
            ["Notify:Email:Provider"] = "SendGrid",
            ["Notify:SendGrid:ApiKey"] = "SG.test",
            ["Notify:SendGrid:FromAddress"] = "thongbao@langson.example",
            ["Notify:SendGrid:BaseUrl"] = apiUrl,
            ["Notify:Sms:Provider"] = "Twilio",
            ["Notify:Twilio:AccountSid"] = AccountSid,
            ["Notify:Twilio:AuthToken"] = "test-token",
            ["Notify:Twilio:FromNumber"] = "+15005550006",
            ["Notify:Twilio:StatusCallbackUrl"] = "https://notify.langson.example/api/receipts/twilio",
            ["Notify:Twilio:BaseUrl"] = apiUrl,
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.AddNotifyFunctions();
        builder.AddNotifyCore();
        builder.Services.AddSingleton<NoticeFunctions>();
        builder.Services.AddSingleton<DeliveryFunctions>();
        builder.Services.AddSingleton<HealthFunction>();
        return builder.Build();
    }

    public static async Task SeedDirectoryAsync(string connection)
    {
        var container = new BlobServiceClient(connection).GetBlobContainerClient(StorageNames.DirectoryContainer);
        await container.CreateIfNotExistsAsync();
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Root, "seeds"), "directory-*.json"))
        {
            await container.GetBlobClient(Path.GetFileName(file)).UploadAsync(file, overwrite: true);
        }
    }
}
