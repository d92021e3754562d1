using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using LangSon.Notify.Core.Channels.Pause;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Functions.Tests.Support;
using LangSon.Notify.SelfHost.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
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

/// <summary>
/// The seed notice through the Functions adapters with SendGrid and Twilio stubbed by WireMock answering 401, 403, 429
/// and 503: refused credentials pause the channel and leave its deliveries queued; a rate limit waits what was asked;
/// an outage is retried with backoff; nobody gets a message twice.
/// </summary>
public sealed class ProviderFaultTests(ITestOutputHelper output) : IDisposable
{
    private readonly WireMockServer api = WireMockServer.Start();
    private readonly ConcurrentDictionary<string, int> requestsPerDelivery = new();
    private readonly ConcurrentBag<string> accepted = [];
    private string? faulted;

    private const string KeyVaultReference = "@Microsoft.KeyVault(SecretUri=https://kv-test.vault.azure.example/secrets/provider-secret)";

    public void Dispose() => api.Stop();

    [Theory]
    [InlineData("email", 401)]
    [InlineData("email", 403)]
    [InlineData("sms", 401)]
    [InlineData("sms", 403)]
    public async Task SendDelivery_ProviderRefusesCredentials_ChannelPausedDeliveriesQueuedHealth503(string channel, int status)
    {
        StubProviders(refuse: (channel, status));
        await using var emulators = await Emulators.StartAsync();
        await AzureProvidersHost.SeedDirectoryAsync(emulators.ConnectionString);
        using var host = AzureProvidersHost.Build(emulators.ConnectionString, api.Url!);
        await host.StartAsync();
        try
        {
            var noticeId = await FunctionsDriver.IngestAsync(host, emulators.ConnectionString, "seed-notice.txt", await File.ReadAllBytesAsync(Repo.SeedNotice));
            var driver = Driver(host, emulators.ConnectionString);
            await driver.RunUntilQuietAsync(TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(120));

            var deliveries = await host.Services.GetRequiredService<DeliveryStore>().ListAsync(noticeId, CancellationToken.None);
            var refused = deliveries.Where(d => d.Channel == channel).ToList();
            var other = deliveries.Where(d => d.Channel != channel && d.Address.Length > 0).ToList();
            var refusedRequests = requestsPerDelivery.Where(r => refused.Any(d => d.DeliveryId == r.Key)).Sum(r => r.Value);
            output.WriteLine($"{refused.Count} {channel} deliveries paused after {refusedRequests} refused requests; {other.Count} others sent; {await driver.QueuedAsync()} messages waiting");

            Assert.NotEmpty(refused);
            Assert.All(refused, d => Assert.True(d.Status == "queued" && d.Attempts == 0, $"{d.DeliveryId} is {d.Status} after {d.Attempts} attempts: {d.Reason}"));
            Assert.InRange(refusedRequests, 1, 16); // only the first batch reached the provider; the rest waited without a call
            Assert.Equal(refused.Count, await driver.QueuedAsync()); // every paused delivery still has its message, hidden
            Assert.All(other, d => Assert.Equal("sent", d.Status));
            Assert.Equal(other.Count, accepted.Count);

            var health = Assert.IsType<ObjectResult>(await host.Services.GetRequiredService<HealthFunction>().HealthAsync(new DefaultHttpContext().Request, CancellationToken.None));
            Assert.Equal(503, health.StatusCode);
            var body = JsonSerializer.Serialize(health.Value);
            Assert.Contains($"\"channel\":\"{channel}\"", body, StringComparison.Ordinal);
            Assert.Contains($" {status}", body, StringComparison.Ordinal);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Theory]
    [InlineData("Notify:SendGrid:ApiKey", KeyVaultReference, "email", "Notify:SendGrid:ApiKey is an unresolved Key Vault reference (check the secret exists and the app's identity may read it)")]
    [InlineData("Notify:SendGrid:ApiKey", "", "email", "Notify:SendGrid:ApiKey is not set")]
    [InlineData("Notify:Twilio:AuthToken", KeyVaultReference, "sms", "Notify:Twilio:AuthToken is an unresolved Key Vault reference (check the secret exists and the app's identity may read it)")]
    [InlineData("Notify:Twilio:AuthToken", " ", "sms", "Notify:Twilio:AuthToken is not set")]
    public async Task Start_SecretUnresolvedOrEmpty_ChannelPausedFromTheStartOtherChannelSendsAndNothingCalled(string key, string value, string channel, string reason)
    {
        StubProviders();
        await using var emulators = await Emulators.StartAsync();
        await AzureProvidersHost.SeedDirectoryAsync(emulators.ConnectionString);
        using var host = AzureProvidersHost.Build(emulators.ConnectionString, api.Url!, new Dictionary<string, string?>
        {
            [key] = value,
        });
        await host.StartAsync();
        try
        {
            var health = Assert.IsType<ObjectResult>(await host.Services.GetRequiredService<HealthFunction>().HealthAsync(new DefaultHttpContext().Request, CancellationToken.None));
            var noticeId = await FunctionsDriver.IngestAsync(host, emulators.ConnectionString, "seed-notice.txt", await File.ReadAllBytesAsync(Repo.SeedNotice));
            await Driver(host, emulators.ConnectionString).RunUntilQuietAsync(TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(120));

            Assert.Equal(503, health.StatusCode);
            var pause = Assert.Single(JsonNode.Parse(JsonSerializer.Serialize(health.Value))!["pausedChannels"]!.AsArray());
            Assert.Equal(channel, pause!["channel"]!.GetValue<string>());
            Assert.Equal("start-up", pause["source"]!.GetValue<string>());
            Assert.Equal(reason, pause["reason"]!.GetValue<string>());
            var deliveries = await host.Services.GetRequiredService<DeliveryStore>().ListAsync(noticeId, CancellationToken.None);
            var paused = deliveries.Where(d => d.Channel == channel).ToList();
            Assert.NotEmpty(paused);
            Assert.All(paused, d => Assert.Equal(("queued", 0), (d.Status, d.Attempts)));
            Assert.All(deliveries.Where(d => d.Channel != channel && d.Address.Length > 0), d => Assert.Equal("sent", d.Status));
            Assert.DoesNotContain(api.LogEntries, e => e.RequestMessage.Path == (channel == "email" ? "/v3/mail/send" : AzureProvidersHost.TwilioMessagesPath));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Theory]
    [InlineData("email")]
    [InlineData("sms")]
    public async Task SendDelivery_RateLimitedWithRetryAfter_WaitsTheAskedTimeThenSendsOnce(string channel)
    {
        StubProviders(faultFirst: (channel, 429, 1));
        var (deliveries, _) = await RunSeedAsync();

        var delivery = Assert.Single(deliveries, d => d.DeliveryId == faulted);
        Assert.Equal(("sent", 2), (delivery.Status, delivery.Attempts));
        Assert.Equal(2, requestsPerDelivery[faulted!]);
        var waited = api.LogEntries.Where(e => DeliveryIdOf(e.RequestMessage) == faulted).Select(e => e.RequestMessage.DateTime).Order().ToList();
        Assert.True(waited[1] - waited[0] >= TimeSpan.FromSeconds(2), $"the retry came {(waited[1] - waited[0]).TotalSeconds:F2} s after the 429 asking for 2 s");
        AssertEverySentOnce(deliveries);
    }

    [Theory]
    [InlineData("email")]
    [InlineData("sms")]
    public async Task SendDelivery_ServiceUnavailable_RetriedWithBackoffThenSendsOnce(string channel)
    {
        // Three 503s: the first try and its two in-process retries; the queue's backoff brings the fourth.
        StubProviders(faultFirst: (channel, 503, 3));
        var (deliveries, _) = await RunSeedAsync();

        var delivery = Assert.Single(deliveries, d => d.DeliveryId == faulted);
        Assert.Equal(("sent", 2), (delivery.Status, delivery.Attempts));
        Assert.Equal(4, requestsPerDelivery[faulted!]);
        AssertEverySentOnce(deliveries);
    }

    private void AssertEverySentOnce(IReadOnlyList<DeliveryRecord> deliveries)
    {
        var addressed = deliveries.Where(d => d.Address.Length > 0).ToList();
        Assert.All(addressed, d => Assert.True(d.Status == "sent", $"{d.DeliveryId} is {d.Status}: {d.Reason}"));
        Assert.Equal(addressed.Select(d => d.DeliveryId).Order(StringComparer.Ordinal), accepted.Order(StringComparer.Ordinal));
    }

    private async Task<(IReadOnlyList<DeliveryRecord> Deliveries, FunctionsDriver Driver)> RunSeedAsync()
    {
        await using var emulators = await Emulators.StartAsync();
        await AzureProvidersHost.SeedDirectoryAsync(emulators.ConnectionString);
        using var host = AzureProvidersHost.Build(emulators.ConnectionString, api.Url!, new Dictionary<string, string?>
        {
            ["Notify:Functions:FirstRetryDelay"] = "00:00:00.500",
            ["Notify:SendGrid:RetryDelay"] = "00:00:00.010",
            ["Notify:Twilio:RetryDelay"] = "00:00:00.010",
        });
        await host.StartAsync();
        try
        {
            var noticeId = await FunctionsDriver.IngestAsync(host, emulators.ConnectionString, "seed-notice.txt", await File.ReadAllBytesAsync(Repo.SeedNotice));
            var driver = Driver(host, emulators.ConnectionString);
            var store = host.Services.GetRequiredService<DeliveryStore>();
            await driver.DrainAsync(async () => (await store.ListAsync(noticeId, CancellationToken.None)).All(d => d.GetStatus().IsFinal()), TimeSpan.FromSeconds(120));
            var deliveries = await store.ListAsync(noticeId, CancellationToken.None);
            output.WriteLine($"{deliveries.Count} deliveries, {api.LogEntries.Count()} provider requests, {driver.Invocations} invocations; faulted {faulted}");
            Assert.Empty(await host.Services.GetRequiredService<ChannelPauseStore>().ListAsync(CancellationToken.None, fresh: true));
            return (deliveries, driver);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static FunctionsDriver Driver(IHost host, string connection) => new(host.Services.GetRequiredService<DeliveryFunctions>(), connection);

    /// <summary>
    /// Both APIs accept everything except: with <paramref name="refuse"/>, every request on that channel gets that status
    /// and the provider's own error body; with <paramref name="faultFirst"/>, the first delivery seen on that channel gets
    /// that status for its first <c>times</c> requests (429 with Retry-After: 2).
    /// </summary>
    private void StubProviders((string Channel, int Status)? refuse = null, (string Channel, int Status, int Times)? faultFirst = null)
    {
        api.Given(Request.Create().WithPath("/v3/mail/send").UsingPost()).RespondWith(Response.Create().WithCallback(request =>
            Answer("email", DeliveryIdOf(request)!, refuse, faultFirst)));
        api.Given(Request.Create().WithPath(AzureProvidersHost.TwilioMessagesPath).UsingPost()).RespondWith(Response.Create().WithCallback(request =>
            Answer("sms", DeliveryIdOf(request)!, refuse, faultFirst)));
    }

    private ResponseMessage Answer(string channel, string deliveryId, (string Channel, int Status)? refuse, (string Channel, int Status, int Times)? faultFirst)
    {
        var count = requestsPerDelivery.AddOrUpdate(deliveryId, 1, (_, n) => n + 1);
        if (refuse is { } r && r.Channel == channel)
        {
            return Error(channel, r.Status);
        }

        if (faultFirst is { } f && f.Channel == channel)
        {
            Interlocked.CompareExchange(ref faulted, deliveryId, null);
            if (faulted == deliveryId && count <= f.Times)
            {
                return Error(channel, f.Status);
            }
        }

        accepted.Add(deliveryId);
        return channel == "email"
            ? new ResponseMessage { StatusCode = 202, Headers = new Dictionary<string, WireMockList<string>> { ["X-Message-Id"] = new($"sg-{deliveryId}") } }
            : Json(201, $$"""{"sid":"SM{{Guid.NewGuid():N}}","status":"queued"}""");
    }

    private static ResponseMessage Error(string channel, int status)
    {
        var response = channel == "email"
            ? Json(status, $$"""{"errors":[{"message":"{{SendGridText(status)}}","field":null,"help":null}]}""")
            : Json(status, $$"""{"code":{{TwilioCode(status)}},"message":"{{TwilioText(status)}}","more_info":"https://www.twilio.com/docs/errors/{{TwilioCode(status)}}","status":{{status}}}""");
        if (status == 429)
        {
            response.AddHeader("Retry-After", "2");
        }

        return response;
    }

    private static string SendGridText(int status) => status switch
    {
        401 => "The provided authorization grant is invalid, expired, or revoked",
        403 => "access forbidden",
        429 => "too many requests",
        _ => "service unavailable",
    };

    private static int TwilioCode(int status) => status switch
    {
        401 => 20003,
        403 => 20403,
        429 => 20429,
        _ => 20503,
    };

    private static string TwilioText(int status) => status switch
    {
        401 => "Authenticate",
        403 => "Permission denied",
        429 => "Too Many Requests",
        _ => "Service Unavailable",
    };

    private static ResponseMessage Json(int status, string body) => new()
    {
        StatusCode = status,
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
        BodyData = new BodyData { DetectedBodyType = BodyType.String, BodyAsString = body },
    };

    private static string? DeliveryIdOf(IRequestMessage request) => request.Path == "/v3/mail/send"
        ? JsonNode.Parse(request.Body!)!["personalizations"]![0]!["custom_args"]!["deliveryId"]!.GetValue<string>()
        : new Uri(request.BodyData!.BodyAsFormUrlEncoded!["StatusCallback"]).Query.TrimStart('?').Split('&')
            .Select(p => p.Split('=', 2)).Where(p => p[0] == "deliveryId").Select(p => Uri.UnescapeDataString(p[1])).SingleOrDefault();
}
