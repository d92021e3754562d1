using LangSon.Notify.Core.Storage;
using LangSon.Notify.SelfHost.Status;
using LangSon.Notify.SelfHost.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LangSon.Notify.SelfHost.Tests.Status;

/// <summary>What the status API says is finished, against Azurite.</summary>
public sealed class StatusReaderTests : IAsyncLifetime
{
    private Emulators _emulators = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _emulators = await Emulators.StartAsync();
        _services = await InProcessDispatch.StartAsync(_emulators, _ => { });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _emulators.DisposeAsync();
    }

    [Fact]
    public async Task GetDeliveriesAsync_RejectedWithAQueuedDelivery_NeitherCompleteNorSettled()
    {
        await AddNoticeAsync("n-rejected", "rejected", "queued");

        var view = (await Reader().GetDeliveriesAsync("n-rejected", CancellationToken.None))!;

        Assert.False(view.Complete);
        Assert.False(view.Settled);
    }

    [Theory]
    [InlineData("rejected")]
    [InlineData("duplicate")]
    [InlineData("awaiting-review")]
    public async Task GetDeliveriesAsync_NothingToSend_SettledButNeverComplete(string status)
    {
        await AddNoticeAsync("n-" + status, status);

        var view = (await Reader().GetDeliveriesAsync("n-" + status, CancellationToken.None))!;

        Assert.False(view.Complete);
        Assert.True(view.Settled);
    }

    [Fact]
    public async Task GetDeliveriesAsync_DispatchedEveryDeliveryFinal_CompleteAndSettled()
    {
        await AddNoticeAsync("n-done", "dispatched", "sent", "failed");

        var view = (await Reader().GetDeliveriesAsync("n-done", CancellationToken.None))!;

        Assert.True(view.Complete);
        Assert.True(view.Settled);
    }

    [Fact]
    public async Task GetDeliveriesAsync_DispatchedOneStillQueued_NeitherCompleteNorSettled()
    {
        await AddNoticeAsync("n-going", "dispatched", "sent", "queued");

        var view = (await Reader().GetDeliveriesAsync("n-going", CancellationToken.None))!;

        Assert.False(view.Complete);
        Assert.False(view.Settled);
    }

    private StatusReader Reader() => new(_services.GetRequiredService<NoticeStore>(), _services.GetRequiredService<DeliveryStore>(), _services.GetRequiredService<LangSon.Notify.Core.Channels.Pause.ChannelPauseStore>());

    private async Task AddNoticeAsync(string id, string status, params string[] deliveryStatuses)
    {
        await _services.GetRequiredService<NoticeStore>().TryAddAsync(
            new NoticeRecord { RowKey = id, BlobName = id + ".txt", Status = status, ReceivedAt = DateTimeOffset.UtcNow, DeliveryCount = deliveryStatuses.Length },
            CancellationToken.None);
        var rows = deliveryStatuses.Select((s, i) => new DeliveryRecord
        {
            PartitionKey = id,
            RowKey = $"{id}-{i}",
            EntryId = $"don-vi-{i}",
            AgencyName = $"Đơn vị {i}",
            Channel = "email",
            Address = $"don-vi-{i}@langson.example",
            Status = s,
            CreatedAt = DateTimeOffset.UtcNow,
        }).ToList();
        await _services.GetRequiredService<DeliveryStore>().AddMissingAsync(id, rows, CancellationToken.None);
    }
}
