namespace LangSon.Notify.Core.Dispatch;

/// <summary>
/// The storage-queue payload for several deliveries of one notice. Azurite (and a storage queue generally) pays per
/// message and per message waiting, so a notice of thousands of recipients goes as a few hundred messages.
/// </summary>
internal sealed record DeliveryPack(string NoticeId, IReadOnlyList<string> DeliveryIds, string? TraceParent = null);
