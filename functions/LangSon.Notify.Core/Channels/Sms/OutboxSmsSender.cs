using Azure.Data.Tables;
using LangSon.Notify.Core.Storage;

namespace LangSon.Notify.Core.Channels.Sms;

/// <summary>
/// DEVELOPMENT ONLY: writes each SMS to the "smsoutbox" table instead of sending it to a phone, so local runs can be
/// inspected without a carrier. Production uses Twilio.
/// </summary>
internal sealed class OutboxSmsSender(NotifyStorage storage, TimeProvider time) : ISmsSender
{
    public const string Label = "development outbox (not sent to any phone)";

    public async Task<SendOutcome> SendAsync(SmsMessage message, SendCommit commit, CancellationToken cancellationToken)
    {
        // An upsert made twice leaves one row: nothing here can reach a phone twice, so the commit is not entered.
        try
        {
            var entity = new TableEntity(message.NoticeId, message.DeliveryId)
            {
                ["ToNumber"] = message.ToNumber,
                ["Body"] = message.Body,
                ["Length"] = Gsm7.Length(message.Body),
                ["At"] = time.GetUtcNow(),
                ["Note"] = Label,
            };
            await storage.SmsOutbox.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return SendOutcome.Sent($"outbox:{message.DeliveryId}");
        }
        catch (Azure.RequestFailedException ex)
        {
            return SendOutcome.Transient($"outbox table unavailable: {ex.Message}");
        }
    }
}
