namespace LangSon.Notify.Core.Channels.Email;

public sealed record EmailAttachment(string FileName, string ContentType, ReadOnlyMemory<byte> Content);
