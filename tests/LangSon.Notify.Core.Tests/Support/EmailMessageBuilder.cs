using System.Text;
using LangSon.Notify.Core.Channels.Email;

namespace LangSon.Notify.Core.Tests.Support;

/// <summary>A notice email to a fictitious agency address, with Vietnamese text throughout.</summary>
internal sealed class EmailMessageBuilder
{
    private EmailAttachment? attachment = new("TB-123-UBND.pdf", "application/pdf", Encoding.ASCII.GetBytes("%PDF-1.7 thông báo"));
    private Uri? link = new("https://files.langson.example/notices/TB-123?sig=abc");
    private string toAddress = "vanphong@sotaichinh.langson.example";

    public EmailMessageBuilder WithAttachmentOfSize(int bytes)
    {
        attachment = new EmailAttachment("TB-123-UBND.pdf", "application/pdf", new byte[bytes]);
        return this;
    }

    public EmailMessageBuilder WithoutLink()
    {
        link = null;
        return this;
    }

    public EmailMessageBuilder To(string address)
    {
        toAddress = address;
        return this;
    }

    public EmailMessage Build() => new(
        NoticeId: "TB-123-UBND-2026",
        DeliveryId: "TB-123-UBND-2026.so-tai-chinh.email",
        ToAddress: toAddress,
        ToName: "Sở Tài chính",
        Subject: "Thông báo số 123/TB-UBND về việc triển khai nhiệm vụ",
        HtmlBody: "<p>Kính gửi Sở Tài chính: chủ trì, phối hợp với các huyện.</p>",
        TextBody: "Kính gửi Sở Tài chính: chủ trì, phối hợp với các huyện.",
        Attachment: attachment,
        Link: link);
}
