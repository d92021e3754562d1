using System.Text;
using LangSon.Notify.Core.Channels;
using LangSon.Notify.Core.Channels.Sms;
using LangSon.Notify.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace LangSon.Notify.Core.Tests.Channels;

public sealed class TwilioSmsSenderTests : IDisposable
{
    private const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    private const string MessagesPath = "/2010-04-01/Accounts/" + AccountSid + "/Messages.json";
    private const string VietnameseBody = "UBND tỉnh Lạng Sơn: TB số 123/TB-UBND giao Sở Tài chính chủ trì. Xem email.";
    private readonly WireMockServer server = WireMockServer.Start();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 26, 3, 0, 0, TimeSpan.Zero));
    private readonly Dictionary<string, string?> settings;

    public TwilioSmsSenderTests()
    {
        settings = new()
        {
            ["Notify:Twilio:AccountSid"] = AccountSid,
            ["Notify:Twilio:AuthToken"] = "test-auth-token",
            ["Notify:Twilio:FromNumber"] = "+15005550006",
            ["Notify:Twilio:StatusCallbackUrl"] = "https://notify.langson.example/api/receipts/twilio",
            ["Notify:Twilio:BaseUrl"] = server.Url,
            ["Notify:Twilio:Timeout"] = "00:00:00.500",
            ["Notify:Twilio:RetryDelay"] = "00:00:00.010",
        };
    }

    public void Dispose() => server.Stop();

    [Theory]
    [InlineData("Notify:Twilio:AuthToken", "", "Notify:Twilio:AuthToken is not set")]
    [InlineData("Notify:Twilio:AccountSid", "", "Notify:Twilio:AccountSid is not set")]
    [InlineData("Notify:Twilio:AuthToken", "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/t)", "Notify:Twilio:AuthToken is an unresolved Key Vault reference (check the secret exists and the app's identity may read it)")]
    [InlineData("Notify:Twilio:AccountSid", "AC0123456789abcdef0123456789abcdeg", "Notify:Twilio:AccountSid must be 'AC' followed by 32 hex digits")]
    public async Task SendAsync_CredentialsUnusable_PausedNamingTheSettingWithoutARequest(string key, string value, string reason)
    {
        settings[key] = value;
        Stub(Response.Create().WithStatusCode(201));

        var outcome = await CreateSender().SendAsync(Message("0912345678"), SendCommit.None, CancellationToken.None);

        Assert.Equal(SendOutcome.Paused(reason), outcome);
        Assert.Empty(server.LogEntries);
    }

    [Fact]
    public async Task SendAsync_Accepted_PostsNormalisedNumberBodyAndCallbackAndRecordsSid()
    {
        Stub(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json")
            .WithBody("""{"sid":"SM0123456789abcdef0123456789abcdef","status":"queued","to":"+84912345678"}"""));

        var outcome = await CreateSender().SendAsync(Message("0912 345 678"), SendCommit.None, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent("SM0123456789abcdef0123456789abcdef"), outcome);
        var request = Assert.Single(server.LogEntries).RequestMessage;
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(AccountSid + ":test-auth-token")), request.Headers!["Authorization"].Single());
        var form = request.BodyData!.BodyAsFormUrlEncoded!;
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["To"] = "+84912345678",
                ["From"] = "+15005550006",
                ["Body"] = VietnameseBody,
                ["StatusCallback"] = "https://notify.langson.example/api/receipts/twilio?noticeId=TB-123-UBND-2026&deliveryId=TB-123-UBND-2026.so-tai-chinh.sms",
            },
            form.OrderBy(p => p.Key).ToDictionary());
    }

    [Fact]
    public async Task SendAsync_VietnameseBody_SentAsPercentEncodedUtf8()
    {
        Stub(Response.Create().WithStatusCode(201).WithBody("""{"sid":"SM1","status":"queued"}"""));

        await CreateSender().SendAsync(Message("0912345678"), SendCommit.None, CancellationToken.None);

        var raw = Encoding.ASCII.GetString(Assert.Single(server.LogEntries).RequestMessage.BodyData!.BodyAsBytes!);
        // "Lạng Sơn" in UTF-8: ạ = E1 BA A1, ơ = C6 A1.
        Assert.Contains("L%E1%BA%A1ng+S%C6%A1n", raw, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SendAsync_MessagingService_SendsServiceSidInsteadOfFrom()
    {
        settings.Remove("Notify:Twilio:FromNumber");
        settings["Notify:Twilio:MessagingServiceSid"] = "MG0123456789abcdef0123456789abcdef";
        Stub(Response.Create().WithStatusCode(201).WithBody("""{"sid":"SM2","status":"accepted"}"""));

        await CreateSender().SendAsync(Message("+84 912 345 678"), SendCommit.None, CancellationToken.None);

        var form = Assert.Single(server.LogEntries).RequestMessage.BodyData!.BodyAsFormUrlEncoded!;
        Assert.Equal("MG0123456789abcdef0123456789abcdef", form["MessagingServiceSid"]);
        Assert.False(form.ContainsKey("From"));
    }

    [Theory]
    [InlineData("0912")]
    [InlineData("không có số")]
    [InlineData("0205 3812 345")]
    public async Task SendAsync_NumberThatCannotTakeSms_PermanentWithoutCallingTwilio(string number)
    {
        var outcome = await CreateSender().SendAsync(Message(number), SendCommit.None, CancellationToken.None);

        Assert.Equal(SendStatus.Permanent, outcome.Status);
        Assert.Contains(number, outcome.Reason, StringComparison.Ordinal);
        Assert.Empty(server.LogEntries);
    }

    [Fact]
    public async Task SendAsync_RateLimitedWithRetryAfter_TransientWithThatDelayAndNoRetry()
    {
        Stub(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "30")
            .WithBody("""{"code":20429,"message":"Too Many Requests","more_info":"https://www.twilio.com/docs/errors/20429","status":429}"""));

        var outcome = await CreateSender().SendAsync(Message("0912345678"), SendCommit.None, CancellationToken.None);

        Assert.Equal(SendOutcome.Transient("Twilio 429 error 20429: Too Many Requests (too many requests)", TimeSpan.FromSeconds(30)), outcome);
        Assert.Single(server.LogEntries);
    }

    [Fact]
    public async Task SendAsync_ServerError_TransientAfterOneRequest()
    {
        Stub(Response.Create().WithStatusCode(500).WithBody("""{"code":20500,"message":"Internal Server Error","status":500}"""));

        var outcome = await CreateSender().SendAsync(Message("0912345678"), SendCommit.None, CancellationToken.None);

        Assert.Equal(SendStatus.Transient, outcome.Status);
        Assert.Contains("20500", outcome.Reason, StringComparison.Ordinal);
        Assert.Single(server.LogEntries);
    }

    [Fact]
    public async Task SendAsync_NoAnswerWithinTimeout_Transient()
    {
        Stub(Response.Create().WithStatusCode(201).WithBody("""{"sid":"SM3"}""").WithDelay(TimeSpan.FromSeconds(3)));

        var outcome = await time.AdvanceUntilDone(CreateSender().SendAsync(Message("0912345678"), SendCommit.None, CancellationToken.None));

        Assert.Equal(SendStatus.Transient, outcome.Status);
        Assert.StartsWith("Twilio could not be reached", outcome.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(21211, "Invalid 'To' Phone Number: +84912345678")]
    [InlineData(21610, "Attempt to send to unsubscribed recipient")]
    [InlineData(21614, "'To' number is not a valid mobile number")]
    public async Task SendAsync_RejectedRecipient_PermanentWithTwiliosCode(int code, string text)
    {
        Stub(Response.Create().WithStatusCode(400).WithBody($$"""{"code":{{code}},"message":"{{text}}","more_info":"https://www.twilio.com/docs/errors/{{code}}","status":400}"""));

        var outcome = await CreateSender().SendAsync(Message("0912345678"), SendCommit.None, CancellationToken.None);

        Assert.Equal(SendStatus.Permanent, outcome.Status);
        Assert.StartsWith($"Twilio 400 error {code}: {text}", outcome.Reason, StringComparison.Ordinal);
        Assert.Single(server.LogEntries);
    }

    [Theory]
    [InlineData(401, 20003, "Authenticate")]
    [InlineData(403, 20403, "Permission denied")]
    public async Task SendAsync_AccountRefused_PausedOnceWithoutRetry(int status, int code, string text)
    {
        Stub(Response.Create().WithStatusCode(status).WithBody($$"""{"code":{{code}},"message":"{{text}}","more_info":"https://www.twilio.com/docs/errors/{{code}}","status":{{status}}}"""));

        var outcome = await CreateSender().SendAsync(Message("0912345678"), SendCommit.None, CancellationToken.None);

        Assert.Equal(SendStatus.Paused, outcome.Status);
        Assert.StartsWith($"Twilio {status} error {code}: {text}", outcome.Reason, StringComparison.Ordinal);
        Assert.Single(server.LogEntries);
    }

    [Fact]
    public void Options_BothFromNumberAndMessagingService_FailValidation()
    {
        settings["Notify:Twilio:MessagingServiceSid"] = "MG0123456789abcdef0123456789abcdef";
        using var services = ProviderServices.Build(settings, time, (s, c) => s.AddNotifyTwilio(c));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TwilioOptions>>().Value);

        Assert.Contains("exactly one of Notify:Twilio:FromNumber and Notify:Twilio:MessagingServiceSid", error.Message, StringComparison.Ordinal);
    }

    private ISmsSender CreateSender() =>
        ProviderServices.Build(settings, time, (s, c) => s.AddNotifyTwilio(c)).GetRequiredService<ISmsSender>();

    private void Stub(IResponseBuilder response) =>
        server.Given(Request.Create().WithPath(MessagesPath).UsingPost()).RespondWith(response);

    private static SmsMessage Message(string number) =>
        new("TB-123-UBND-2026", "TB-123-UBND-2026.so-tai-chinh.sms", number, VietnameseBody);
}
