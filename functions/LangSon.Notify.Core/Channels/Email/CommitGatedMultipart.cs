using MimeKit;
using MimeKit.IO;

namespace LangSon.Notify.Core.Channels.Email;

/// <summary>
/// The top-level body of an SMTP message. Once its content has gone into the DATA stream it enters the send's
/// <see cref="SendCommit"/>, before MailKit writes the final dot: the server cannot accept the message until then.
/// Writes that only measure the message (MailKit's SIZE check) pass through.
/// </summary>
internal sealed class CommitGatedMultipart : Multipart
{
    private readonly SendCommit _commit;

    private CommitGatedMultipart(string subtype, SendCommit commit)
        : base(subtype) => _commit = commit;

    /// <summary>Wraps a built body: a multipart keeps its subtype and parts; a single part becomes multipart/mixed.</summary>
    public static CommitGatedMultipart Wrap(MimeEntity body, SendCommit commit)
    {
        if (body is Multipart multipart)
        {
            var gated = new CommitGatedMultipart(multipart.ContentType.MediaSubtype, commit);
            foreach (var part in multipart.ToList())
            {
                multipart.Remove(part);
                gated.Add(part);
            }

            return gated;
        }

        return new CommitGatedMultipart("mixed", commit) { body };
    }

    public override async Task WriteToAsync(FormatOptions options, Stream stream, bool contentOnly, CancellationToken cancellationToken = default)
    {
        await base.WriteToAsync(options, stream, contentOnly, cancellationToken).ConfigureAwait(false);
        if (stream is not MeasuringStream)
        {
            await _commit.EnterAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public override void WriteTo(FormatOptions options, Stream stream, bool contentOnly, CancellationToken cancellationToken = default)
    {
        base.WriteTo(options, stream, contentOnly, cancellationToken);
        if (stream is not MeasuringStream)
        {
            _commit.Enter(cancellationToken);
        }
    }
}
