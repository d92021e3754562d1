using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Tests.Support;

namespace LangSon.Notify.Core.Tests.Dispatch;

public sealed class DeliveryPackHandlerTests
{
    private static readonly IReadOnlyList<DeliveryMessage> Pack =
        [new("TB-5", "TB-5.a.email"), new("TB-5", "TB-5.b.email"), new("TB-5", "TB-5.c.email")];

    [Fact]
    public async Task HandleAllAsync_OneDeliveryFails_TheOthersStillHandledAndTheFailureRethrown()
    {
        var handler = new ScriptedDeliveryHandler { Failing = { ["TB-5.a.email"] = new TransientDeliveryException("TB-5.a.email", "421 busy") } };

        var error = await Assert.ThrowsAsync<TransientDeliveryException>(() => DeliveryPackHandler.HandleAllAsync(handler, Pack, 1, null, CancellationToken.None));

        Assert.Equal("TB-5.a.email", error.DeliveryId);
        Assert.Equal(["TB-5.a.email", "TB-5.b.email", "TB-5.c.email"], handler.Handled);
    }

    [Fact]
    public async Task HandleAllAsync_TransientFailureDeferred_DeferredAloneAndNothingThrown()
    {
        var handler = new ScriptedDeliveryHandler { Failing = { ["TB-5.b.email"] = new TransientDeliveryException("TB-5.b.email", "429") } };
        var deferred = new List<string>();

        await DeliveryPackHandler.HandleAllAsync(handler, Pack, 1, (m, _) => { deferred.Add(m.DeliveryId); return Task.CompletedTask; }, CancellationToken.None);

        Assert.Equal(["TB-5.b.email"], deferred);
        Assert.Equal(3, handler.Handled.Count);
    }

    [Fact]
    public async Task HandleAllAsync_UnexpectedErrorWithDeferral_StillRethrownAfterTheRest()
    {
        var handler = new ScriptedDeliveryHandler { Failing = { ["TB-5.a.email"] = new InvalidOperationException("table unavailable") } };

        await Assert.ThrowsAsync<InvalidOperationException>(() => DeliveryPackHandler.HandleAllAsync(handler, Pack, 1, (_, _) => Task.CompletedTask, CancellationToken.None));

        Assert.Equal(3, handler.Handled.Count);
    }

    [Fact]
    public async Task HandlePoisonAsync_Pack_EveryDeliveryFailedWithTheReason()
    {
        var handler = new ScriptedDeliveryHandler();

        await DeliveryPackHandler.HandlePoisonAsync(handler, Pack, "moved to poison", CancellationToken.None);

        Assert.Equal(["TB-5.a.email: moved to poison", "TB-5.b.email: moved to poison", "TB-5.c.email: moved to poison"], handler.Poisoned);
    }
}
