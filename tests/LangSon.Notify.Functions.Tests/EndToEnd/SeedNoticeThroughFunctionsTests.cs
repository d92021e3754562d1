using Azure.Storage.Blobs;
using LangSon.Notify.Core;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.SelfHost.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit.Abstractions;

namespace LangSon.Notify.Functions.Tests.EndToEnd;

/// <summary>The self-host's seed scenario, driven through the Functions app's classes and registrations against Azurite and maildev.</summary>
public sealed class SeedNoticeThroughFunctionsTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SeedUpload_ThroughFunctionClasses_EveryEmailRecipientGetsExactlyOneEmail()
    {
        await using var emulators = await Emulators.StartAsync();
        await SeedDirectoryAsync(emulators.ConnectionString);
        using var host = BuildFunctionsHost(emulators);
        await host.StartAsync();
        try
        {
            // What the Event Grid blob trigger hands the function, then what the queue trigger does.
            var (deliveries, driver, elapsed) = await FunctionsDriver.IngestAndDrainAsync(
                host, emulators.ConnectionString, "2026/seed-notice.txt", await File.ReadAllBytesAsync(Repo.SeedNotice));
            output.WriteLine($"{deliveries.Count} deliveries, {driver.Invocations} function calls, {driver.Poisoned} poisoned, drained in {elapsed.TotalSeconds:F1} s");
            var email = deliveries.Where(d => d.Channel == "email" && d.Address.Length > 0).ToList();
            Assert.NotEmpty(email);
            Assert.All(email, d => Assert.Equal("sent", d.Status));
            var mails = await emulators.Mail.ListAsync();
            Assert.Equal(email.Count, mails.Count);
            Assert.Equal(
                email.Select(d => d.DeliveryId).Order(StringComparer.Ordinal),
                mails.Select(m => m.DeliveryId!).Order(StringComparer.Ordinal));
            Assert.Equal(0, driver.Poisoned);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task StartAsync_NoDirectoryUploaded_FailsNamingTheFix()
    {
        await using var emulators = await Emulators.StartAsync();
        using var host = BuildFunctionsHost(emulators);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("notify seed-directory", error.Message, StringComparison.Ordinal);
    }

    /// <summary>As an operator does with `notify seed-directory`: the app copies the container at start.</summary>
    private static async Task SeedDirectoryAsync(string connection)
    {
        var container = new BlobServiceClient(connection).GetBlobContainerClient(StorageNames.DirectoryContainer);
        await container.CreateIfNotExistsAsync();
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Root, "seeds"), "directory-*.json"))
        {
            await container.GetBlobClient(Path.GetFileName(file)).UploadAsync(file, overwrite: true);
        }
    }

    private static IHost BuildFunctionsHost(Emulators emulators)
    {
        // The same registrations as Program.cs, on a plain host: the function classes are called directly.
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = emulators.ConnectionString,
            ["Notify:Receipts:PublicBaseUrl"] = "https://notify.langson.example",
            ["Notify:Receipts:LinkKey"] = "test-link-key-0123456789abcdef0123456789",
            ["Notify:Smtp:Host"] = "127.0.0.1",
            ["Notify:Smtp:Port"] = $"{emulators.SmtpPort}",
            ["Notify:Smtp:Security"] = "None",
            ["Notify:Smtp:TimeoutSeconds"] = "5",
        });
        builder.Services.AddLogging();
        builder.AddNotifyFunctions();
        builder.AddNotifyCore();
        builder.Services.AddSingleton<NoticeFunctions>();
        builder.Services.AddSingleton<DeliveryFunctions>();
        return builder.Build();
    }
}
