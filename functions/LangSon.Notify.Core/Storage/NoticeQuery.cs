namespace LangSon.Notify.Core.Storage;

/// <summary>Filters of a notice listing; every one optional.</summary>
public sealed record NoticeQuery
{
    public DateTimeOffset? ReceivedFrom { get; init; }

    /// <summary>Exclusive upper bound.</summary>
    public DateTimeOffset? ReceivedTo { get; init; }

    /// <summary>A status name as stored ("dispatched", "awaiting-review").</summary>
    public string? Status { get; init; }

    public string? DocumentType { get; init; }

    public string? Urgency { get; init; }
}
