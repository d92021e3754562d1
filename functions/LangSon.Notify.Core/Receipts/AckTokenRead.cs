namespace LangSon.Notify.Core.Receipts;

/// <summary>A read token: the ids when valid, otherwise the problem.</summary>
internal sealed record AckTokenRead(string? NoticeId, string? DeliveryId, DateTimeOffset? Expires, string? Problem)
{
    public bool IsValid => Problem is null;
}
