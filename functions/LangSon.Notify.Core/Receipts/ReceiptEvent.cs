namespace LangSon.Notify.Core.Receipts;

/// <summary>One event about a delivery from any source.</summary>
/// <param name="Source">sendgrid, twilio, smtp or agency.</param>
/// <param name="Key">What makes the event unique within its source (sg_event_id; MessageSid:status; the code and task of an answer).</param>
/// <param name="Kind">A provider state (delivered, bounce…) or an exchange code (01–06).</param>
/// <param name="Task">For 04–06, the task's label.</param>
/// <param name="Detail">Bounce reason, refusal reason, note.</param>
/// <param name="MachineOpen">An open reported by a mail client's privacy proxy, not a person.</param>
public sealed record ReceiptEvent(
    string NoticeId,
    string DeliveryId,
    string Source,
    string Key,
    string Kind,
    DateTimeOffset At,
    string? Task = null,
    string? Detail = null,
    bool MachineOpen = false,
    string? ProviderMessageId = null);
