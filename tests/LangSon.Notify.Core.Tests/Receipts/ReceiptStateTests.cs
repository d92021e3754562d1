using LangSon.Notify.Core.Receipts;

namespace LangSon.Notify.Core.Tests.Receipts;

public sealed class ReceiptStateTests
{
    private static readonly DateTimeOffset T = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);

    private static readonly ReceiptEvent[] History =
    [
        Provider("processed", 0),
        Provider("deferred", 1),
        Provider("delivered", 2),
        Provider("open", 3, machine: true),
        Provider("open", 4),
        Agency("03", 5),
        Agency("04", 6, "1"),
        Agency("05", 7, "1"),
        Agency("06", 8, "1", "xong"),
        Agency("05", 9, "2"),
    ];

    [Fact]
    public void Apply_EveryOrderOfTheSameEvents_SameFinalState()
    {
        var expected = Describe(History);
        var random = new Random(20260302);
        for (var round = 0; round < 200; round++)
        {
            var shuffled = History.OrderBy(_ => random.Next()).ToArray();
            var twice = shuffled.Concat(shuffled.Reverse()).ToArray();

            Assert.Equal(expected, Describe(shuffled));
            Assert.Equal(expected, Describe(twice));
        }

        Assert.Equal("opened|03|1=06:xong,2=05|False", expected);
    }

    [Fact]
    public void Apply_RefusalThenAcceptance_RefusalStandsAsAlert()
    {
        var row = Row();

        Assert.True(ReceiptState.Apply(row, Agency("02", 1, detail: "không thuộc thẩm quyền")));
        Assert.False(ReceiptState.Apply(row, Agency("03", 2)));
        Assert.False(ReceiptState.Apply(row, Agency("05", 3, "1")));

        Assert.Equal("02", row.Answer);
        Assert.True(row.Alert);
        Assert.Contains("không thuộc thẩm quyền", row.AlertReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_MachineOpen_RecordedButNotAnOpen()
    {
        var row = Row();

        ReceiptState.Apply(row, Provider("delivered", 1));
        ReceiptState.Apply(row, Provider("open", 2, machine: true));

        Assert.Equal("delivered", row.ProviderState);
        Assert.Equal(T.AddMinutes(2), row.MachineOpenAt);
        Assert.Equal("01", row.Answer);
    }

    [Fact]
    public void Apply_BounceAfterDelivered_Alert()
    {
        var row = Row();

        ReceiptState.Apply(row, Provider("delivered", 1));
        ReceiptState.Apply(row, Provider("bounce", 2) with { Detail = "550 5.1.1" });

        Assert.True(row.Alert);
        Assert.Equal("bounce", row.ProviderState);
    }

    private static string Describe(IEnumerable<ReceiptEvent> events)
    {
        var row = Row();
        foreach (var e in events)
        {
            ReceiptState.Apply(row, e);
        }

        var tasks = ReceiptState.ReadTasks(row.Tasks).OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={t.Value.Code}" + (t.Value.Note is null ? "" : $":{t.Value.Note}"));
        return $"{row.ProviderState}|{row.Answer}|{string.Join(",", tasks)}|{row.Alert}";
    }

    private static ReceiptRecord Row() => new() { PartitionKey = "n", RowKey = "d", EntryId = "so-a" };

    private static ReceiptEvent Provider(string kind, int minute, bool machine = false) =>
        new("n", "d", "sendgrid", $"{kind}-{minute}", kind, T.AddMinutes(minute), MachineOpen: machine);

    private static ReceiptEvent Agency(string code, int minute, string? task = null, string? detail = null) =>
        new("n", "d", "agency", $"{task}:{code}", code, T.AddMinutes(minute), task, detail);
}
