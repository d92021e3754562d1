using System.Collections.Concurrent;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>
/// Sends this process made but could not record because storage failed right after. The row still says "sending", so
/// without this a retry or the recovery sweep would take the claim over and send again. Held in memory only: a process
/// that dies with entries here is the one case (a kill between send and write) where a recipient can get a duplicate.
/// </summary>
internal sealed class UnsavedSends
{
    private readonly ConcurrentDictionary<(string NoticeId, string DeliveryId), UnsavedSend> _sends = new();

    public int Count => _sends.Count;

    public void Remember(string noticeId, string deliveryId, UnsavedSend send) => _sends[(noticeId, deliveryId)] = send;

    public bool TryGet(string noticeId, string deliveryId, out UnsavedSend send) => _sends.TryGetValue((noticeId, deliveryId), out send!);

    public bool Contains(string noticeId, string deliveryId) => _sends.ContainsKey((noticeId, deliveryId));

    public void Forget(string noticeId, string deliveryId) => _sends.TryRemove((noticeId, deliveryId), out _);

    public IReadOnlyList<(string NoticeId, string DeliveryId)> Keys => _sends.Keys.ToList();
}
