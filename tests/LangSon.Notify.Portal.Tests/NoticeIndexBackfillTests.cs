using Azure.Data.Tables;
using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Portal.Hosting;
using LangSon.Notify.Portal.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Portal.Tests;

/// <summary>A notice stored before the notices index existed (a row without its index row) is listed after the backfill, which runs once.</summary>
[Collection(PortalCollection.Name)]
public sealed class NoticeIndexBackfillTests(PortalFixture fixture)
{
    [Fact]
    public async Task RunAsync_NoticeWithoutIndexRow_ListedAfterwardsAndDoneOnce()
    {
        var storage = new NotifyStorage(Options.Create(new StorageOptions { ConnectionString = fixture.Emulators.ConnectionString }));
        var notices = new NoticeStore(storage);
        var id = NoticeIds.ForContent("a notice from before the index"u8);
        var receivedAt = DateTimeOffset.UtcNow.AddYears(-3);
        await storage.NoticeRows.CreateIfNotExistsAsync();
        await storage.NoticeRows.UpsertEntityAsync(new NoticeRecord
        {
            RowKey = id,
            BlobName = "cu-truoc-chi-muc.pdf",
            Status = NoticeStatus.Dispatched.ToName(),
            Number = "9/TB-UBND",
            Title = "Văn bản lưu trước khi có chỉ mục",
            ReceivedAt = receivedAt,
        }, TableUpdateMode.Replace);
        var day = new NoticeQuery { ReceivedFrom = receivedAt.AddMinutes(-1), ReceivedTo = receivedAt.AddMinutes(1) };
        Assert.Empty((await notices.ListPageAsync(day, 50, null, CancellationToken.None)).Rows);

        // The host ran the backfill at its start and left its marker; remove it so this run does the work again.
        await storage.NoticeRows.DeleteEntityAsync(NoticeRecord.Partition, NoticeIndexBackfill.MarkerKey);
        var backfill = new NoticeIndexBackfill(storage, notices, NullLogger<NoticeIndexBackfill>.Instance);
        Assert.True(await backfill.RunAsync(CancellationToken.None) >= 1);

        var listed = Assert.Single((await notices.ListPageAsync(day, 50, null, CancellationToken.None)).Rows);
        Assert.Equal(id, listed.RowKey);
        Assert.Equal("9/TB-UBND", listed.Number);
        Assert.Null(await backfill.RunAsync(CancellationToken.None));
    }
}
