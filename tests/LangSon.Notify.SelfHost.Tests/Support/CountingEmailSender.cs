using System.Collections.Concurrent;
using LangSon.Notify.Core.Channels;
using LangSon.Notify.Core.Channels.Email;

namespace LangSon.Notify.SelfHost.Tests.Support;

/// <summary>Records every message and answers with the configured outcome after a short pause, so concurrent sends overlap.</summary>
internal sealed class CountingEmailSender : IEmailSender
{
    public ConcurrentBag<EmailMessage> Sent { get; } = [];

    public SendOutcome Outcome { get; set; } = SendOutcome.Sent("250 queued");

    public async Task<SendOutcome> SendAsync(EmailMessage message, SendCommit commit, CancellationToken cancellationToken)
    {
        await commit.EnterAsync(cancellationToken);
        await Task.Delay(50, cancellationToken);
        Sent.Add(message);
        return Outcome;
    }
}
