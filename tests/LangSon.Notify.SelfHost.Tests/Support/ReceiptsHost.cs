using LangSon.Notify.Core.Receipts;
using LangSon.Notify.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace LangSon.Notify.SelfHost.Tests.Support;

/// <summary>Azurite, maildev and the test host with webhook keys the tests generated, plus the stores in process to seed and inspect the same tables.</summary>
public sealed class ReceiptsHost : IAsyncLifetime
{
    internal Emulators Emulators { get; private set; } = null!;

    internal HostProcess Host { get; private set; } = null!;

    internal WebhookSigning Signing { get; } = new();

    internal ServiceProvider Services { get; private set; } = null!;

    internal HttpClient Http { get; private set; } = null!;

    internal DeliveryStore Deliveries => Services.GetRequiredService<DeliveryStore>();

    internal ReceiptStore Receipts => Services.GetRequiredService<ReceiptStore>();

    public async Task InitializeAsync()
    {
        Emulators = await Emulators.StartAsync();
        Host = new HostProcess(Emulators.ConnectionString, Emulators.SmtpPort, new Dictionary<string, string>
        {
            ["Notify__SendGrid__WebhookVerificationKey"] = Signing.SendGridPublicKey,
            ["Notify__Twilio__AuthToken"] = Signing.TwilioToken,
        });
        await Host.StartAsync();
        Services = await InProcessDispatch.StartAsync(Emulators, _ => { });
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Host.Port}/"), Timeout = TimeSpan.FromSeconds(30) };
        Http.DefaultRequestHeaders.Add("X-Api-Key", Host.ApiKey); // the receipts API needs it; the webhooks ignore it
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Services.DisposeAsync();
        Host.Dispose();
        await Emulators.DisposeAsync();
        Signing.Dispose();
    }

    /// <summary>Email and SMS delivery rows of a new notice, as if sent through SendGrid and Twilio.</summary>
    internal async Task<(string NoticeId, DeliveryRecord Email, DeliveryRecord Sms)> SeedAsync()
    {
        var noticeId = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        DeliveryRecord Row(string channel, string address, string messageId) => new()
        {
            PartitionKey = noticeId,
            RowKey = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)),
            EntryId = "so-thu-nghiem",
            AgencyName = "Sở Thử Nghiệm",
            Channel = channel,
            Address = address,
            Status = "sent",
            ProviderMessageId = messageId,
            CreatedAt = DateTimeOffset.UtcNow,
            SentAt = DateTimeOffset.UtcNow,
        };
        var email = Row("email", "so-thu-nghiem@langson.example", "Xk3pQ9rTTe2dY0uB1c7wLg");
        var sms = Row("sms", "+84999555900", "SM" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));
        await Deliveries.AddMissingAsync(noticeId, [email, sms], CancellationToken.None);
        return (noticeId, email, sms);
    }

    /// <summary>Everything the receipts of a notice consist of: its event rows and receipt rows with their ETags, so any write shows.</summary>
    /// <summary>
    /// The snapshot once it holds still: a notice is complete when its rows are final, and the event writer flushes
    /// the last events a moment later.
    /// </summary>
    internal async Task<string> SettledSnapshotAsync(string noticeId)
    {
        var previous = await SnapshotAsync(noticeId);
        for (var i = 0; i < 50; i++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            var next = await SnapshotAsync(noticeId);
            if (next == previous)
            {
                return next;
            }

            previous = next;
        }

        throw new TimeoutException($"The events and receipts of notice {noticeId} kept changing for 50 s.");
    }

    internal async Task<string> SnapshotAsync(string noticeId)
    {
        var events = await Deliveries.ListEventsAsync(noticeId, CancellationToken.None);
        var receipts = await Receipts.ListAsync(noticeId, CancellationToken.None);
        return string.Join('\n', events.Select(e => $"{e.RowKey} {e.Source} {e.Kind}").Order(StringComparer.Ordinal))
            + "\n--\n" + string.Join('\n', receipts.Select(r => $"{r.RowKey} {r.ETag} {r.ProviderState} {r.Answer} {r.Alert} {r.Tasks}").Order(StringComparer.Ordinal));
    }
}
