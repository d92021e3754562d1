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

    [Theory]
    [InlineData(SmtpStatusCode.TransactionFailed, "5.7.1 message rejected as spam", SendStatus.Permanent)]
    [InlineData(SmtpStatusCode.ExceededStorageAllocation, "5.3.4 message too big for system", SendStatus.Permanent)]
    [InlineData(SmtpStatusCode.TransactionFailed, "Transaction failed", SendStatus.Permanent)]
    [InlineData(SmtpStatusCode.MailboxUnavailable, "4.2.2 mailbox full, try later", SendStatus.Transient)]
    [InlineData(SmtpStatusCode.InsufficientStorage, "4.3.1 insufficient system storage", SendStatus.Transient)]
    [InlineData(SmtpStatusCode.MailboxBusy, "try again later", SendStatus.Transient)]
    public void Classify_EnhancedStatusCode_DecidesOverReplyCode(SmtpStatusCode code, string text, SendStatus expected) =>
        Assert.Equal(expected, SmtpErrors.Classify(new SmtpCommandException(SmtpErrorCode.MessageNotAccepted, code, text)).Status);

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
