using System.Net.Sockets;
using LangSon.Notify.Core.Channels;
using LangSon.Notify.Core.Channels.Email;
using MailKit.Net.Smtp;
using MimeKit;

namespace LangSon.Notify.Core.Tests.Channels.Email;

public sealed class SmtpErrorsTests
{
    private static readonly MailboxAddress Mailbox = new("", "vanthu@skhdt.langson.example");

    [Fact]
    public void Classify_RecipientRejected550_Permanent()
    {
        var outcome = SmtpErrors.Classify(new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, Mailbox, "5.1.1 mailbox unavailable"));

        Assert.Equal(SendStatus.Permanent, outcome.Status);
        Assert.Equal("550 5.1.1 mailbox unavailable", outcome.Reason);
    }

    [Fact]
    public void Classify_Greylisted450_Transient() =>
        Assert.Equal(SendStatus.Transient, SmtpErrors.Classify(new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxBusy, Mailbox, "4.2.0 greylisted")).Status);

    [Fact]
    public void Classify_ServerError554OnMessage_Transient() =>
        Assert.Equal(SendStatus.Transient, SmtpErrors.Classify(new SmtpCommandException(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.TransactionFailed, "5.3.0 try later")).Status);

    [Fact]
    public void Classify_ConnectionRefused_Transient() =>
        Assert.Equal(SendStatus.Transient, SmtpErrors.Classify(new SocketException((int)SocketError.ConnectionRefused)).Status);

    [Fact]
    public void Classify_IdleTimeout421_TransientAndWorthAFreshConnection()
    {
        var idle = new SmtpCommandException(SmtpErrorCode.UnexpectedStatusCode, SmtpStatusCode.ServiceNotAvailable, "Timeout - closing connection");

        Assert.Equal(SendStatus.Transient, SmtpErrors.Classify(idle).Status);
        Assert.True(SmtpErrors.IsConnectionFailure(idle));
    }
}
