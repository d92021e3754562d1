using LangSon.Notify.Core.Channels;
using LangSon.Notify.Core.Channels.Email;
using MimeKit;
using MimeKit.IO;

namespace LangSon.Notify.Core.Tests.Channels.Email;

public sealed class CommitGatedMultipartTests
{
    [Fact]
    public async Task WriteToAsync_MeasuringOnly_DoesNotEnterTheCommit()
    {
        using var slots = new SemaphoreSlim(1, 1);
        using var commit = new SendCommit(slots);
        var message = Message(commit);

        using var measure = new MeasuringStream();
        await message.WriteToAsync(measure);

        Assert.True(measure.Length > 0);
        Assert.Equal(1, slots.CurrentCount);
    }

    [Fact]
    public async Task WriteToAsync_RealStream_EntersTheCommitAfterTheWholeBody()
    {
        using var slots = new SemaphoreSlim(1, 1);
        using var commit = new SendCommit(slots);
        var message = Message(commit);

        using var output = new MemoryStream();
        await message.WriteToAsync(output);

        Assert.Equal(0, slots.CurrentCount);
        Assert.Contains("Nội dung kèm theo", DecodedText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Wrap_TextAndHtmlWithAttachment_KeepsMixedOverAlternative()
    {
        var body = new BodyBuilder { TextBody = "Nội dung", HtmlBody = "<p>Nội dung</p>" };
        body.Attachments.Add("tb.pdf", [1, 2, 3], ContentType.Parse("application/pdf"));

        var gated = CommitGatedMultipart.Wrap(body.ToMessageBody(), SendCommit.None);

        Assert.Equal("mixed", gated.ContentType.MediaSubtype);
        Assert.Equal(2, gated.Count);
        Assert.IsType<MultipartAlternative>(gated[0]);
        Assert.Equal("tb.pdf", ((MimePart)gated[1]).FileName);
    }

    private static MimeMessage Message(SendCommit commit)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("thongbao@langson.example"));
        message.To.Add(MailboxAddress.Parse("so-khdt@langson.example"));
        message.Body = CommitGatedMultipart.Wrap(new BodyBuilder { TextBody = "Nội dung kèm theo", HtmlBody = "<p>Nội dung kèm theo</p>" }.ToMessageBody(), commit);
        return message;
    }

    private static string DecodedText(MemoryStream output)
    {
        output.Position = 0;
        return MimeMessage.Load(output).TextBody ?? "";
    }
}
