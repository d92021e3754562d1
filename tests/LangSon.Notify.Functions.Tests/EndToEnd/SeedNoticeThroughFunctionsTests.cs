using System.Security.Cryptography;
using System.Text;
using Azure.Storage.Blobs;
using LangSon.Notify.Core.Receipts;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Core;
using LangSon.Notify.SelfHost.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit.Abstractions;

namespace LangSon.Notify.Functions.Tests.EndToEnd;

/// <summary>The self-host's seed scenario, driven through the Functions app's classes and registrations against Azurite and maildev.</summary>
public sealed class SeedNoticeThroughFunctionsTests(ITestOutputHelper output)
{
    private static readonly ECDsa SendGridKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);

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

            // A signed SendGrid event through the HTTP function, then the receipts read function sees it.
            var receipts = host.Services.GetRequiredService<ReceiptFunctions>();
            var target = email[0];
            var body = Encoding.UTF8.GetBytes(
                $$"""[{"email":"{{target.Address}}","timestamp":{{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}},"event":"delivered","sg_event_id":"fn-1","noticeId":"{{target.NoticeId}}","deliveryId":"{{target.DeliveryId}}","response":"250 OK"}]""");
            var stamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            var request = new DefaultHttpContext().Request;
            request.Method = "POST";
            request.Body = new MemoryStream(body);
            request.Headers["X-Twilio-Email-Event-Webhook-Timestamp"] = stamp;
            request.Headers["X-Twilio-Email-Event-Webhook-Signature"] = Convert.ToBase64String(
                SendGridKey.SignData([.. Encoding.UTF8.GetBytes(stamp), .. body], HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
            var accepted = Assert.IsType<ContentResult>(await receipts.SendGridAsync(request, CancellationToken.None));
            var unsigned = new DefaultHttpContext().Request;
            unsigned.Method = "POST";
            unsigned.Body = new MemoryStream(body);
            var refused = Assert.IsType<ContentResult>(await receipts.SendGridAsync(unsigned, CancellationToken.None));
            var view = Assert.IsType<NoticeReceiptsView>(Assert.IsType<OkObjectResult>(await receipts.ReadAsync(new DefaultHttpContext().Request, target.NoticeId, CancellationToken.None)).Value);

            Assert.Equal((200, "1 recorded, 0 duplicate, 0 unmatched"), (accepted.StatusCode!.Value, accepted.Content!));
            Assert.Equal(401, refused.StatusCode);
            var channel = view.Agencies.SelectMany(a => a.Deliveries).Single(d => d.DeliveryId == target.DeliveryId);
            Assert.Equal("delivered", channel.ProviderState);
            Assert.Equal("01", view.Agencies.Single(a => a.Deliveries.Contains(channel)).Answer);

            // The agency opens its link on the Functions app and answers 03 through the page's form.
            var acks = host.Services.GetRequiredService<AckFunctions>();
            var token = host.Services.GetRequiredService<AckTokens>().Create(target.NoticeId, target.DeliveryId);
            var get = new DefaultHttpContext { RequestServices = host.Services };
            get.Request.Method = "GET";
            get.Request.Path = $"/api/ack/{token}";
            var page = Assert.IsType<ContentResult>(await acks.OpenAsync(get.Request, token, CancellationToken.None));
            var cookie = get.Response.Headers.SetCookie.ToString().Split(';')[0];
            var field = System.Text.RegularExpressions.Regex.Match(page.Content!, "name=\"__ack\" value=\"([^\"]+)\"").Groups[1].Value;
            var forged = await PostAckAsync(acks, host, token, "", "status=03");
            var answered = await PostAckAsync(acks, host, token, cookie, $"status=03&__ack={Uri.EscapeDataString(System.Net.WebUtility.HtmlDecode(field))}");

            Assert.Equal(200, page.StatusCode);
            Assert.Contains("Xác nhận đã nhận", page.Content, StringComparison.Ordinal);
            Assert.Equal(400, forged.StatusCode);
            Assert.Equal(200, answered.StatusCode);
            Assert.Contains("Đã ghi nhận: 03 đã tiếp nhận.", answered.Content, StringComparison.Ordinal);
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

    private static async Task<ContentResult> PostAckAsync(AckFunctions acks, IHost host, string token, string cookie, string form)
    {
        var post = new DefaultHttpContext { RequestServices = host.Services };
        post.Request.Method = "POST";
        post.Request.Path = $"/api/ack/{token}";
        post.Request.ContentType = "application/x-www-form-urlencoded";
        post.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(form));
        if (cookie.Length > 0)
        {
            post.Request.Headers.Cookie = cookie;
        }

        return Assert.IsType<ContentResult>(await acks.AnswerAsync(post.Request, token, CancellationToken.None));
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
            ["Notify:Signatures:Policy:unsigned"] = "send", // the seeds are unsigned
            ["Notify:SendGrid:WebhookVerificationKey"] = Convert.ToBase64String(SendGridKey.ExportSubjectPublicKeyInfo()),
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
        builder.Services.AddSingleton<ReceiptFunctions>();
        builder.Services.AddSingleton<AckFunctions>();
        return builder.Build();
    }
}
