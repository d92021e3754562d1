using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using LangSon.Notify.Core;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Functions.Tests.Support;
using LangSon.Notify.SelfHost.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;
using Xunit.Abstractions;

namespace LangSon.Notify.Functions.Tests.EndToEnd;

/// <summary>The seed scenario as configured in Azure: SendGrid and Twilio, here WireMock stubs of their APIs.</summary>
public sealed class SeedNoticeThroughAzureProvidersTests(ITestOutputHelper output) : IDisposable
{
    private const string AccountSid = AzureProvidersHost.AccountSid;
    private readonly WireMockServer api = WireMockServer.Start();

    public void Dispose() => api.Stop();

    [Fact]
    public async Task SeedUpload_WithSendGridAndTwilio_OneProviderRequestPerDeliveryCorrelatedByIds()
    {
        api.Given(Request.Create().WithPath("/v3/mail/send").UsingPost()).RespondWith(Response.Create().WithCallback(request =>
        {
            var deliveryId = JsonNode.Parse(request.Body!)!["personalizations"]![0]!["custom_args"]!["deliveryId"]!.GetValue<string>();
            var response = new ResponseMessage { StatusCode = 202 };
            response.AddHeader("X-Message-Id", $"sg-{deliveryId}");
            return response;
        }));
        api.Given(Request.Create().WithPath($"/2010-04-01/Accounts/{AccountSid}/Messages.json").UsingPost()).RespondWith(Response.Create().WithCallback(request =>
            new ResponseMessage
            {
                StatusCode = 201,
                BodyData = new BodyData
                {
                    DetectedBodyType = BodyType.String,
                    BodyAsString = $$"""{"sid":"SM{{Guid.NewGuid():N}}","status":"queued"}""",
                },
            }));

        await using var emulators = await Emulators.StartAsync();
        await AzureProvidersHost.SeedDirectoryAsync(emulators.ConnectionString);
        using var host = AzureProvidersHost.Build(emulators.ConnectionString, api.Url!);
        await host.StartAsync();
        try
        {
            // What the Event Grid blob trigger hands the function, then what the queue trigger does.
            var content = await File.ReadAllBytesAsync(Repo.SeedNotice);
            var noticeId = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
            var (deliveries, _, elapsed) = await FunctionsDriver.IngestAndDrainAsync(host, emulators.ConnectionString, "seed-notice.txt", content);
            var email = deliveries.Where(d => d.Channel == "email" && d.Address.Length > 0).ToList();
            var sms = deliveries.Where(d => d.Channel == "sms" && d.Address.Length > 0).ToList();
            output.WriteLine($"{email.Count} email and {sms.Count} SMS deliveries; {api.LogEntries.Count()} provider requests; drained in {elapsed.TotalSeconds:F1} s");
            Assert.NotEmpty(email);
            Assert.NotEmpty(sms);
            Assert.All(email.Concat(sms), d => Assert.True(d.Status == "sent", $"{d.DeliveryId} is {d.Status}: {d.Reason}"));

            var mails = api.LogEntries.Where(e => e.RequestMessage.Path == "/v3/mail/send").Select(e => JsonNode.Parse(e.RequestMessage.Body!)!).ToList();
            Assert.Equal(
                email.Select(d => d.DeliveryId).Order(StringComparer.Ordinal),
                mails.Select(m => m["personalizations"]![0]!["custom_args"]!["deliveryId"]!.GetValue<string>()).Order(StringComparer.Ordinal));
            Assert.All(mails, m => Assert.Equal(noticeId, m["personalizations"]![0]!["custom_args"]!["noticeId"]!.GetValue<string>()));
            Assert.All(email, d => Assert.Equal($"sg-{d.DeliveryId}", d.ProviderMessageId));

            var texts = api.LogEntries.Where(e => e.RequestMessage.Path.EndsWith("/Messages.json", StringComparison.Ordinal))
                .Select(e => e.RequestMessage.BodyData!.BodyAsFormUrlEncoded!).ToList();
            Assert.Equal(sms.Count, texts.Count);
            Assert.All(texts, t => Assert.Matches(@"^\+84\d{9}$", t["To"]));
            Assert.Equal(
                sms.Select(d => d.DeliveryId).Order(StringComparer.Ordinal),
                texts.Select(t => new Uri(t["StatusCallback"]).Query.Split('&').Single(p => p.Contains("deliveryId=", StringComparison.Ordinal)).Split('=')[1])
                    .Select(Uri.UnescapeDataString).Order(StringComparer.Ordinal));
            Assert.All(sms, d => Assert.StartsWith("SM", d.ProviderMessageId, StringComparison.Ordinal));
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
