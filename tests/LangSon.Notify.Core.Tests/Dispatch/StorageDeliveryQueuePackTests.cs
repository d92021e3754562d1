using LangSon.Notify.Core.Dispatch;

namespace LangSon.Notify.Core.Tests.Dispatch;

public sealed class StorageDeliveryQueuePackTests
{
    [Fact]
    public void Pack_DeliveriesOfTwoNotices_EachOnceInPacksOfOneNoticeAtMostSizeLong()
    {
        var first = Enumerable.Range(1, 5).Select(i => new DeliveryMessage("TB-7-UBND", $"TB-7-UBND.agency-{i}.email", "00-trace-01")).ToList();
        var second = new DeliveryMessage("TB-8-UBND", "TB-8-UBND.agency-1.email");

        var payloads = StorageDeliveryQueue.Pack([.. first, second], size: 2).ToList();

        var read = payloads.Select(StorageDeliveryQueue.DeserializeAll).ToList();
        Assert.Equal([2, 2, 1, 1], read.Select(p => p.Count));
        Assert.All(read, p => Assert.Single(p.Select(m => m.NoticeId).Distinct()));
        Assert.Equal([.. first, second], read.SelectMany(p => p));
    }

    [Fact]
    public void Pack_OneDelivery_KeepsTheOneDeliveryForm()
    {
        var message = new DeliveryMessage("TB-9-UBND", "TB-9-UBND.agency-1.email", "00-trace-01");

        var payload = Assert.Single(StorageDeliveryQueue.Pack([message], size: 16));

        Assert.Equal(message, StorageDeliveryQueue.Deserialize(payload));
        Assert.Equal([message], StorageDeliveryQueue.DeserializeAll(payload));
    }

    [Theory]
    [InlineData("{\"NoticeId\":\"TB-1\",\"DeliveryIds\":[]}")]
    [InlineData("{\"NoticeId\":\"\",\"DeliveryIds\":[\"TB-1.a.email\"]}")]
    [InlineData("{\"NoticeId\":\"TB-1\",\"DeliveryIds\":[\"\"]}")]
    [InlineData("không phải JSON")]
    public void DeserializeAll_MalformedPayload_ThrowsNamingTheProblem(string payload)
    {
        var error = Assert.Throws<InvalidDataException>(() => StorageDeliveryQueue.DeserializeAll(payload));

        Assert.StartsWith("Queue message", error.Message, StringComparison.Ordinal);
    }
}
