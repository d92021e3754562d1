namespace LangSon.Notify.Portal.Agencies;

/// <summary>What one notice sent an agency: its deliveries by kind, channel and status.</summary>
public sealed record AgencyReceipt(string NoticeId, string NoticeName, string? Title, DateTimeOffset? ReceivedAt, IReadOnlyList<(string Kind, string Channel, string Address, string Status, DateTimeOffset? SentAt)> Deliveries);
