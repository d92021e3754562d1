namespace LangSon.Notify.Core.Channels.Email;

/// <summary>One composed email to one recipient, ready for a provider.</summary>
/// <param name="Link">A time-limited link to the notice, sent instead of the attachment when the file is too large.</param>
public sealed record EmailMessage(
    string NoticeId,
    string DeliveryId,
    string ToAddress,
    string ToName,
    string Subject,
    string HtmlBody,
    string TextBody,
    EmailAttachment? Attachment,
    Uri? Link);
