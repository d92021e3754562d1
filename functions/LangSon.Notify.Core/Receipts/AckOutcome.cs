namespace LangSon.Notify.Core.Receipts;

/// <summary>The result of opening or answering through a link: an HTTP status, a Vietnamese message and, when the link is good, the page's content.</summary>
public sealed record AckOutcome(int StatusCode, string Message, AckView? View);
