using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Storage;

namespace LangSon.Notify.Core.Tests.Dispatch;

/// <summary>What the recovery sweep picks, from the rows' times and the clock.</summary>
public sealed class RecoverySelectionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 3, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    [Theory]
    [InlineData(11, true)]
    [InlineData(10, true)]
    [InlineData(9, false)]
    public void WaitedTooLong_QueuedSinceCreation_TrueOnceTheGracePeriodHasPassed(int minutesAgo, bool expected)
    {
        var row = Delivery("queued", created: Now.AddMinutes(-minutesAgo));

        Assert.Equal(expected, RecoverySelection.WaitedTooLong(row, Now, Grace));
    }

    [Fact]
    public void WaitedTooLong_CreatedLongAgoButQueuedAgainRecently_False()
    {
        var row = Delivery("queued", created: Now.AddHours(-3));
        row.QueuedAt = Now.AddMinutes(-1);

        Assert.False(RecoverySelection.WaitedTooLong(row, Now, Grace));
    }

    [Theory]
    [InlineData("sending")]
    [InlineData("sent")]
    [InlineData("failed")]
    public void WaitedTooLong_NotQueued_False(string status)
    {
        Assert.False(RecoverySelection.WaitedTooLong(Delivery(status, created: Now.AddDays(-1)), Now, Grace));
    }

    [Theory]
    [InlineData(121, true)]
    [InlineData(120, true)]
    [InlineData(119, false)]
    public void ClaimExpired_SendingRow_TrueOnceTheLeaseHasRunOut(int secondsAgo, bool expected)
    {
        var row = Delivery("sending", created: Now.AddHours(-1));
        row.ClaimedAt = Now.AddSeconds(-secondsAgo);

        Assert.Equal(expected, RecoverySelection.ClaimExpired(row, Now, Lease));
    }

    [Fact]
    public void ClaimExpired_SendingRowWithoutClaimTime_True()
    {
        Assert.True(RecoverySelection.ClaimExpired(Delivery("sending", created: Now), Now, Lease));
    }

    [Theory]
    [InlineData("queued")]
    [InlineData("sent")]
    public void ClaimExpired_NotSending_False(string status)
    {
        var row = Delivery(status, created: Now.AddHours(-1));
        row.ClaimedAt = Now.AddHours(-1);

        Assert.False(RecoverySelection.ClaimExpired(row, Now, Lease));
    }

    [Theory]
    [InlineData("received", true)]
    [InlineData("parsed", true)]
    [InlineData("dispatching", true)]
    [InlineData("dispatched", false)]
    [InlineData("rejected", false)]
    [InlineData("duplicate", false)]
    [InlineData("awaiting-review", false)]
    public void IngestStuck_LastAttemptPastTheGracePeriod_OnlyUnfinishedStatuses(string status, bool expected)
    {
        var notice = new NoticeRecord { RowKey = "n1", Status = status, ReceivedAt = Now.AddHours(-1), AttemptedAt = Now.AddMinutes(-11) };

        Assert.Equal(expected, RecoverySelection.IngestStuck(notice, Now, Grace));
    }

    [Fact]
    public void IngestStuck_ReceivedLongAgoButAttemptedRecently_False()
    {
        var notice = new NoticeRecord { RowKey = "n1", Status = "parsed", ReceivedAt = Now.AddHours(-1), AttemptedAt = Now.AddMinutes(-2) };

        Assert.False(RecoverySelection.IngestStuck(notice, Now, Grace));
    }

    [Fact]
    public void IngestStuck_NeverAttempted_CountsFromReceipt()
    {
        var notice = new NoticeRecord { RowKey = "n1", Status = "received", ReceivedAt = Now.AddMinutes(-11) };

        Assert.True(RecoverySelection.IngestStuck(notice, Now, Grace));
    }

    [Fact]
    public void FileWithoutRow_NoRowNamesTheFile_TrueOnceTheGracePeriodHasPassed()
    {
        var known = Known(("khac.pdf", 10));

        Assert.True(RecoverySelection.FileWithoutRow("tb.pdf", 10, Now.AddMinutes(-11), known, 1000, Now, Grace));
        Assert.False(RecoverySelection.FileWithoutRow("tb.pdf", 10, Now.AddMinutes(-9), known, 1000, Now, Grace));
    }

    [Fact]
    public void FileWithoutRow_RowWithTheSameNameAndSize_False()
    {
        Assert.False(RecoverySelection.FileWithoutRow("tb.pdf", 10, Now.AddDays(-1), Known(("tb.pdf", 10)), 1000, Now, Grace));
    }

    [Fact]
    public void FileWithoutRow_SameNameOtherSize_TrueAsANewUploadOverTheOldOne()
    {
        Assert.True(RecoverySelection.FileWithoutRow("tb.pdf", 12, Now.AddDays(-1), Known(("tb.pdf", 10)), 1000, Now, Grace));
    }

    [Fact]
    public void FileWithoutRow_OversizedFileWithItsRejectedRow_False()
    {
        Assert.False(RecoverySelection.FileWithoutRow("lon.pdf", 5000, Now.AddDays(-1), Known(("lon.pdf", -1)), 1000, Now, Grace));
    }

    [Fact]
    public void FileWithoutRow_NoModificationTime_False()
    {
        Assert.False(RecoverySelection.FileWithoutRow("tb.pdf", 10, null, Known(), 1000, Now, Grace));
    }

    private static DeliveryRecord Delivery(string status, DateTimeOffset created) =>
        new() { PartitionKey = "n1", RowKey = "d1", Status = status, CreatedAt = created };

    private static ILookup<string, long> Known(params (string Name, long Length)[] rows) =>
        rows.ToLookup(r => r.Name, r => r.Length, StringComparer.Ordinal);
}
