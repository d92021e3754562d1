using System.Text;
using LangSon.Notify.Core.Dispatch;

namespace LangSon.Notify.Core.Tests.Dispatch;

public sealed class NoticeIdsTests
{
    [Fact]
    public void ForContent_SameBytes_SameSha256Hex()
    {
        var id = NoticeIds.ForContent(Encoding.UTF8.GetBytes("abc"));

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", id);
    }

    [Fact]
    public void ForDelivery_SameInputs_SameIdAndChannelsDiffer()
    {
        Assert.Equal(NoticeIds.ForDelivery("n", "so-khdt", "email"), NoticeIds.ForDelivery("n", "so-khdt", "email"));
        Assert.NotEqual(NoticeIds.ForDelivery("n", "so-khdt", "email"), NoticeIds.ForDelivery("n", "so-khdt", "sms"));
        Assert.Equal(32, NoticeIds.ForDelivery("n", "so-khdt", "email").Length);
    }
}
