using System.Text;
using System.Text.Json.Nodes;
using LangSon.Notify.Core.Channels;
using LangSon.Notify.Core.Channels.Email;
using LangSon.Notify.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace LangSon.Notify.Core.Tests.Channels;

public sealed class SendGridEmailSenderTests : IDisposable
{
    private const string MailSendPath = "/v3/mail/send";
    private readonly WireMockServer server = WireMockServer.Start();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 26, 3, 0, 0, TimeSpan.Zero));
    private readonly Dictionary<string, string?> settings;

    public SendGridEmailSenderTests()
    {
        settings = new()
        {
            ["Notify:SendGrid:ApiKey"] = "SG.test-key",
            ["Notify:SendGrid:FromAddress"] = "thongbao@langson.example",
            ["Notify:SendGrid:BaseUrl"] = server.Url,
            ["Notify:SendGrid:Timeout"] = "00:00:00.500",
            ["Notify:SendGrid:RetryDelay"] = "00:00:00.010",
        };
    }

    public void Dispose() => server.Stop();

    [Fact]
    public async Task SendAsync_Accepted_PostsExactBodyAndRecordsMessageId()
    {
        Stub(Response.Create().WithStatusCode(202).WithHeader("X-Message-Id", "sg-msg-42"));
        var message = new EmailMessageBuilder().Build();

        var outcome = await CreateSender().SendAsync(message, SendCommit.None, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent("sg-msg-42"), outcome);
        var request = Assert.Single(server.LogEntries).RequestMessage;
        Assert.Equal("Bearer SG.test-key", request.Headers!["Authorization"].Single());
        // JSON is UTF-8 by definition (RFC 8259); SendGrid's client declares no charset.
        Assert.Equal("application/json", request.Headers["Content-Type"].Single());
        var expected = JsonNode.Parse($$"""
            {
              "from": { "name": "UBND tỉnh Lạng Sơn", "email": "thongbao@langson.example" },
              "personalizations": [
                {
                  "to": [ { "name": "Sở Tài chính", "email": "vanphong@sotaichinh.langson.example" } ],
                  "subject": "Thông báo số 123/TB-UBND về việc triển khai nhiệm vụ",
                  "custom_args": { "noticeId": "TB-123-UBND-2026", "deliveryId": "TB-123-UBND-2026.so-tai-chinh.email" }
                }
              ],
              "content": [
                { "type": "text/plain", "value": "Kính gửi Sở Tài chính: chủ trì, phối hợp với các huyện." },
                { "type": "text/html", "value": "<p>Kính gửi Sở Tài chính: chủ trì, phối hợp với các huyện.</p>" }
              ],
              "attachments": [
                { "content": "{{Convert.ToBase64String(message.Attachment!.Content.Span)}}", "type": "application/pdf", "filename": "TB-123-UBND.pdf", "disposition": "attachment" }
              ]
            }
            """);
        var actual = JsonNode.Parse(RawBody(request));
        Assert.True(JsonNode.DeepEquals(expected, actual), actual!.ToJsonString());
    }

    [Fact]
    public async Task SendAsync_VietnameseText_SentAsUtf8WithDiacriticsIntact()
    {
        Stub(Response.Create().WithStatusCode(202).WithHeader("X-Message-Id", "sg-msg-43"));

        await CreateSender().SendAsync(new EmailMessageBuilder().Build(), SendCommit.None, CancellationToken.None);

        var raw = Assert.Single(server.LogEntries).RequestMessage.BodyData!.BodyAsBytes!;
        var utf8 = Encoding.UTF8.GetBytes("Sở Tài chính: chủ trì, phối hợp với các huyện.");
        Assert.True(raw.AsSpan().IndexOf(utf8) >= 0, "the body must carry the Vietnamese text as UTF-8, not escaped or transliterated");
        // SendGrid's serializer escapes '<' and '>' as \u003c; no character above ASCII may be escaped.
        Assert.DoesNotMatch(@"\\u(?!00[0-7][0-9a-fA-F])[0-9a-fA-F]{4}", Encoding.UTF8.GetString(raw));
    }

    [Fact]
    public async Task SendAsync_RateLimitedWithRetryAfter_TransientWithThatDelayAndNoRetry()
    {
        Stub(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "120")
            .WithBody("""{"errors":[{"message":"too many requests","field":null,"help":null}]}"""));

        var outcome = await CreateSender().SendAsync(new EmailMessageBuilder().Build(), SendCommit.None, CancellationToken.None);

        Assert.Equal(SendStatus.Transient, outcome.Status);
        Assert.Equal(TimeSpan.FromSeconds(120), outcome.RetryAfter);
        Assert.Equal("SendGrid 429: too many requests", outcome.Reason);
        Assert.Single(server.LogEntries);
    }

    [Fact]
    public async Task SendAsync_RateLimitedWithRateLimitReset_TransientUntilTheReset()
    {
        var reset = time.GetUtcNow().AddSeconds(45).ToUnixTimeSeconds();
        Stub(Response.Create().WithStatusCode(429).WithHeader("X-RateLimit-Reset", reset.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var outcome = await CreateSender().SendAsync(new EmailMessageBuilder().Build(), SendCommit.None, CancellationToken.None);

        Assert.Equal(SendStatus.Transient, outcome.Status);
        Assert.Equal(TimeSpan.FromSeconds(45), outcome.RetryAfter);
    }

    [Fact]
    public async Task SendAsync_ServerError_TransientAfterOneRequest()
    {
        Stub(Response.Create().WithStatusCode(500).WithBody("""{"errors":[{"message":"internal error"}]}"""));

        var outcome = await CreateSender().SendAsync(new EmailMessageBuilder().Build(), SendCommit.None, CancellationToken.None);

        Assert.Equal(SendOutcome.Transient("SendGrid 500: internal error"), outcome);
        Assert.Single(server.LogEntries);
    }

    [Fact]
    public async Task SendAsync_ServiceUnavailableThenAccepted_RetriedAndSent()
    {
        // The test moves the fake clock to let the retry delay pass; a long attempt timeout keeps that from timing out the retry.
        settings["Notify:SendGrid:Timeout"] = "00:05:00";
        server.Given(Request.Create().WithPath(MailSendPath).UsingPost()).InScenario("flaky").WillSetStateTo("recovered")
            .RespondWith(Response.Create().WithStatusCode(503));
        server.Given(Request.Create().WithPath(MailSendPath).UsingPost()).InScenario("flaky").WhenStateIs("recovered")
            .RespondWith(Response.Create().WithStatusCode(202).WithHeader("X-Message-Id", "sg-after-503"));

        var outcome = await time.AdvanceUntilDone(CreateSender().SendAsync(new EmailMessageBuilder().Build(), SendCommit.None, CancellationToken.None));

        Assert.Equal(SendOutcome.Sent("sg-after-503"), outcome);
        Assert.Equal(2, server.LogEntries.Count());
    }

    [Fact]
    public async Task SendAsync_NoAnswerWithinTimeout_Transient()
    {
        Stub(Response.Create().WithStatusCode(202).WithDelay(TimeSpan.FromSeconds(3)));

        var outcome = await time.AdvanceUntilDone(CreateSender().SendAsync(new EmailMessageBuilder().Build(), SendCommit.None, CancellationToken.None));

        Assert.Equal(SendStatus.Transient, outcome.Status);
        Assert.StartsWith("SendGrid could not be reached", outcome.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(401, "The provided authorization grant is invalid, expired, or revoked")]
    [InlineData(403, "access forbidden")]
    public async Task SendAsync_KeyRefused_PausedOnceWithoutRetry(int status, string text)
    {
        Stub(Response.Create().WithStatusCode(status).WithBody($$"""{"errors":[{"message":"{{text}}","field":null,"help":null}]}"""));

        var outcome = await CreateSender().SendAsync(new EmailMessageBuilder().Build(), SendCommit.None, CancellationToken.None);

        Assert.Equal(SendOutcome.Paused($"SendGrid {status}: {text} (check Notify:SendGrid:ApiKey and its Mail Send permission)"), outcome);
        Assert.Single(server.LogEntries);
    }

    [Fact]
    public async Task SendAsync_InvalidAddress_PermanentWithSendGridsWords()
    {
        Stub(Response.Create().WithStatusCode(400).WithBody(
            """{"errors":[{"message":"Does not contain a valid address.","field":"personalizations.0.to.0.email","help":"http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html"}]}"""));

        var outcome = await CreateSender().SendAsync(new EmailMessageBuilder().To("not-an-address").Build(), SendCommit.None, CancellationToken.None);

        Assert.Equal(SendOutcome.Permanent("SendGrid 400: Does not contain a valid address. (personalizations.0.to.0.email)"), outcome);
        Assert.Single(server.LogEntries);
    }

    [Fact]
    public async Task SendAsync_AttachmentOverLimit_SendsLinkInsteadOfAttachment()
    {
        settings["Notify:SendGrid:MaxMessageBytes"] = "65536";
        Stub(Response.Create().WithStatusCode(202).WithHeader("X-Message-Id", "sg-link"));
        var message = new EmailMessageBuilder().WithAttachmentOfSize(60_000).Build();

        var outcome = await CreateSender().SendAsync(message, SendCommit.None, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent("sg-link"), outcome);
        var body = JsonNode.Parse(RawBody(Assert.Single(server.LogEntries).RequestMessage))!;
        Assert.Null(body["attachments"]);
        Assert.Contains("https://files.langson.example/notices/TB-123?sig=abc", body["content"]![0]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("href=\"https://files.langson.example/notices/TB-123?sig=abc\"", body["content"]![1]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_AttachmentOverLimitWithoutLink_PermanentAndNothingSent()
    {
        settings["Notify:SendGrid:MaxMessageBytes"] = "65536";
        var message = new EmailMessageBuilder().WithAttachmentOfSize(60_000).WithoutLink().Build();

        var outcome = await CreateSender().SendAsync(message, SendCommit.None, CancellationToken.None);

        Assert.Equal(SendStatus.Permanent, outcome.Status);
        Assert.Contains("TB-123-UBND.pdf", outcome.Reason, StringComparison.Ordinal);
        Assert.Empty(server.LogEntries);
    }

    [Theory]
    [InlineData(null, "Notify:SendGrid:ApiKey is not set")]
    [InlineData("@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/k)", "Notify:SendGrid:ApiKey is an unresolved Key Vault reference (check the secret exists and the app's identity may read it)")]
    public async Task SendAsync_ApiKeyUnusable_PausedNamingTheSettingWithoutARequest(string? key, string reason)
    {
        settings.Remove("Notify:SendGrid:ApiKey");
        if (key is not null)
        {
            settings["Notify:SendGrid:ApiKey"] = key;
        }

        Stub(Response.Create().WithStatusCode(202));

        var outcome = await CreateSender().SendAsync(new EmailMessageBuilder().Build(), SendCommit.None, CancellationToken.None);

        Assert.Equal(SendOutcome.Paused(reason), outcome);
        Assert.Empty(server.LogEntries);
    }

    private IEmailSender CreateSender()
    {
        var services = ProviderServices.Build(settings, time, (s, c) => s.AddNotifySendGrid(c));
        return services.GetRequiredService<IEmailSender>();
    }

    private void Stub(IResponseBuilder response) =>
        server.Given(Request.Create().WithPath(MailSendPath).UsingPost()).RespondWith(response);

    private static string RawBody(WireMock.IRequestMessage request) => Encoding.UTF8.GetString(request.BodyData!.BodyAsBytes!);
}
