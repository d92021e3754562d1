using LangSon.Notify.Core.Channels;
using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LangSon.Notify.Core.Tests.Dispatch;

/// <summary>The send journal: what a stopped process sent but never recorded is known to the next one.</summary>
public sealed class UnsavedSendsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "langson-journal-tests", Guid.NewGuid().ToString("N"));
    private static readonly DateTimeOffset SentAt = new(2026, 12, 2, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Constructor_StoppedProcessSentButNeverRecorded_NextProcessKnowsTheSend()
    {
        var first = Journal();
        first.Sending("n1", "d1", new UnsavedSend("msg-1", SentAt, 2));
        first.Sending("n1", "d2", new UnsavedSend("msg-2", SentAt, 1));
        first.Saved("n1", "d2");
        first.Dispose(); // as a kill leaves it: the file stays, its lock goes

        using var next = Journal();

        Assert.True(next.TryGet("n1", "d1", out var send));
        Assert.Equal(new UnsavedSend("msg-1", SentAt, 2), send);
        Assert.False(next.Contains("n1", "d2"));
        Assert.Equal(1, next.Count);
    }

    [Fact]
    public void Constructor_JournalOfALiveProcess_LeftAlone()
    {
        using var live = Journal();
        live.Sending("n1", "d1", new UnsavedSend("msg-1", SentAt, 1));

        using var other = Journal();

        Assert.False(other.Contains("n1", "d1"));
        Assert.Equal(2, Directory.GetFiles(_folder, "journal-*.log").Length);
    }

    [Fact]
    public void Constructor_TakenOverEntryRecordedThenProcessStops_ThirdProcessFindsNothing()
    {
        var first = Journal();
        first.Sending("n1", "d1", new UnsavedSend("msg-1", SentAt, 1));
        first.Dispose();
        var second = Journal();
        Assert.True(second.Contains("n1", "d1"));

        second.Forget("n1", "d1"); // recorded on its row
        second.Dispose();
        using var third = Journal();

        Assert.Equal(0, third.Count);
    }

    [Fact]
    public void Constructor_JournalOff_KeepsSendsInMemoryOnly()
    {
        var first = Journal("off");
        first.Sending("n1", "d1", new UnsavedSend("msg-1", SentAt, 1));
        first.Dispose();

        using var next = Journal("off");

        Assert.False(next.Contains("n1", "d1"));
        Assert.False(Directory.Exists(_folder));
    }

    [Fact]
    public async Task Commit_OneInFlight_SecondSendOfTheChannelWaitsForTheFirstOtherChannelDoesNot()
    {
        using var sends = Journal(sendsInFlight: 1);
        using var first = sends.Commit("email");
        using var second = sends.Commit("email");
        using var sms = sends.Commit("sms");
        await first.EnterAsync(CancellationToken.None);

        var waiting = second.EnterAsync(CancellationToken.None).AsTask();
        await sms.EnterAsync(CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(100);

        Assert.False(waiting.IsCompleted);
        first.Dispose();
        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Commit_NeverEntered_LeavesTheSlotFree()
    {
        using var sends = Journal(sendsInFlight: 1);
        sends.Commit("email").Dispose();
        var entered = sends.Commit("email");
        await entered.EnterAsync(CancellationToken.None);
        entered.Dispose();
        entered.Dispose();

        using var next = sends.Commit("email");
        await next.EnterAsync(CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Commit_NoBound_NeverWaits()
    {
        using var sends = Journal(sendsInFlight: 0);
        using var first = sends.Commit("email");
        await first.EnterAsync(CancellationToken.None);

        using var second = sends.Commit("email");
        Assert.True(second.EnterAsync(CancellationToken.None).IsCompletedSuccessfully);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private UnsavedSends Journal(string? folder = null, int sendsInFlight = 1) => new(
        Options.Create(new DispatchOptions { SendJournalFolder = folder ?? _folder, SendsInFlight = sendsInFlight }),
        new NotifyStorage(Options.Create(new StorageOptions { ConnectionString = "UseDevelopmentStorage=true" })),
        NullLogger<UnsavedSends>.Instance);
}
