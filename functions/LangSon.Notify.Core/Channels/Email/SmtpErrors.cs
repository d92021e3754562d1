using System.Net.Sockets;
using System.Text.RegularExpressions;
using MailKit;
using MailKit.Net.Smtp;
using MimeKit;

namespace LangSon.Notify.Core.Channels.Email;

/// <summary>
/// Sorts SMTP failures. A server reply is judged by its enhanced status code (RFC 3463: 4.x.x persistent transient,
/// 5.x.x permanent), else by its reply code's first digit; timeouts, refused or dropped connections are worth retrying.
/// </summary>
internal static partial class SmtpErrors
{
    [GeneratedRegex(@"^\s*([245])\.\d{1,3}\.\d{1,3}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex EnhancedStatus();

    public static SendOutcome Classify(Exception exception) => exception switch
    {
        MailKit.Security.AuthenticationException auth => SendOutcome.Paused($"SMTP authentication failed: {auth.Message} (check Notify:Smtp:UserName and Password)"),
        SmtpCommandException command when IsConfiguration(command) =>
            SendOutcome.Paused($"{(int)command.StatusCode} {command.Message} (check Notify:Smtp:UserName, Password and Security)".Trim()),
        SmtpCommandException command when IsPermanent(command) =>
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

    /// <summary>530 (authentication or TLS required), 534 (mechanism too weak), 535 (credentials refused): the account, not the message.</summary>
    private static bool IsConfiguration(SmtpCommandException command) => (int)command.StatusCode is 530 or 534 or 535;

    private static bool IsPermanent(SmtpCommandException command)
    {
        var enhanced = EnhancedStatus().Match(command.Message);
        return enhanced.Success ? enhanced.Groups[1].ValueSpan[0] == '5' : (int)command.StatusCode is >= 500 and < 600;
    }
}
