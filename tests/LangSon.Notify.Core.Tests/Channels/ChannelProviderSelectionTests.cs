using LangSon.Notify.Core.Channels;
using LangSon.Notify.Core.Channels.Email;
using LangSon.Notify.Core.Channels.Sms;
using LangSon.Notify.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LangSon.Notify.Core.Tests.Channels;

public sealed class ChannelProviderSelectionTests
{
    [Fact]
    public void AddNotifyChannelProviders_SendGridAndTwilio_RegistersBoth()
    {
        using var services = Build(new()
        {
            ["Notify:Email:Provider"] = "SendGrid",
            ["Notify:SendGrid:ApiKey"] = "SG.test",
            ["Notify:SendGrid:FromAddress"] = "thongbao@langson.example",
            ["Notify:Sms:Provider"] = "Twilio",
            ["Notify:Twilio:AccountSid"] = "AC0123456789abcdef0123456789abcdef",
            ["Notify:Twilio:AuthToken"] = "token",
            ["Notify:Twilio:FromNumber"] = "+15005550006",
            ["Notify:Twilio:StatusCallbackUrl"] = "https://notify.langson.example/api/receipts/twilio",
        });

        Assert.IsType<SendGridEmailSender>(services.GetRequiredService<IEmailSender>());
        Assert.IsType<TwilioSmsSender>(services.GetRequiredService<ISmsSender>());
    }

    [Fact]
    public void AddNotifyChannelProviders_CalledByBothHostAndCore_RegistersOnce()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Notify:Email:Provider"] = "SendGrid",
            ["Notify:SendGrid:ApiKey"] = "SG.test",
            ["Notify:SendGrid:FromAddress"] = "thongbao@langson.example",
        };

        using var services = ProviderServices.Build(settings, new FakeTimeProvider(), (s, c) => s.AddNotifyChannelProviders(c).AddNotifyChannelProviders(c));

        Assert.Single(services.GetServices<IEmailSender>());
        Assert.IsType<SendGridEmailSender>(services.GetRequiredService<IEmailSender>());
    }

    [Fact]
    public void AddNotifyChannelProviders_LocalProviders_LeavesTheSeamsToTheDispatchDefaults()
    {
        using var services = Build(new() { ["Notify:Email:Provider"] = "Smtp", ["Notify:Sms:Provider"] = "Outbox" });

        Assert.Null(services.GetService<IEmailSender>());
        Assert.Null(services.GetService<ISmsSender>());
    }

    [Theory]
    [InlineData("Notify:Email:Provider", "Mailgun", "Notify:Email:Provider is 'Mailgun'; expected Smtp or SendGrid.")]
    [InlineData("Notify:Sms:Provider", "Viettel", "Notify:Sms:Provider is 'Viettel'; expected Outbox or Twilio.")]
    public void AddNotifyChannelProviders_UnknownProvider_ThrowsNamingTheSetting(string key, string value, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new() { [key] = value }));

        Assert.Equal(expected, error.Message);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        ProviderServices.Build(settings, new FakeTimeProvider(), (s, c) => s.AddNotifyChannelProviders(c));
}
