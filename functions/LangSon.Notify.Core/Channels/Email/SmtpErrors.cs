using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MimeKit;

namespace LangSon.Notify.Core.Channels.Email;

/// <summary>Sorts SMTP failures: a rejected mailbox is permanent; greylisting (4xx), timeouts, refused or dropped connections and other server errors are worth retrying.</summary>
internal static class SmtpErrors
{
    public static SendOutcome Classify(Exception exception) => exception switch
    {
        SmtpCommandException command when IsMailboxRejection(command) =>
            SendOutcome.Permanent($"{(int)command.StatusCode} {command.Message}".Trim()),
        SmtpCommandException command =>
            SendOutcome.Transient($"{(int)command.StatusCode} {command.Message}".Trim()),
        ParseException parse => SendOutcome.Permanent($"invalid address: {parse.Message}"),
        SocketException socket => SendOutcome.Transient($"connection failed ({socket.SocketErrorCode}): {socket.Message}"),
        TimeoutException or OperationCanceledException => SendOutcome.Transient($"timed out: {exception.Message}"),
        SmtpProtocolException or ServiceNotConnectedException or IOException => SendOutcome.Transient($"connection lost: {exception.Message}"),
        _ => SendOutcome.Transient($"{exception.GetType().Name}: {exception.Message}"),
    };

    /// <summary>Whether a fresh connection is worth one more try: the failure is about the connection, not the message.</summary>
    public static bool IsConnectionFailure(Exception exception) => exception switch
    {
        SmtpCommandException command => (int)command.StatusCode == 421,
        SmtpProtocolException or ServiceNotConnectedException or IOException or SocketException => true,
        _ => false,
    };

    private static bool IsMailboxRejection(SmtpCommandException command)
    {
        var code = (int)command.StatusCode;
        return code >= 500 && (command.ErrorCode == SmtpErrorCode.RecipientNotAccepted || code is 550 or 551 or 553);
    }
}
