using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Receipts;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.Portal.Monitoring;

namespace LangSon.Notify.Portal.Tests.Monitoring;

/// <summary>The funnel, answers, overdue tasks and acknowledgement times derived from delivery, receipt and plan rows.</summary>
public sealed class MonitoringReaderTests
{
    private static readonly DateTimeOffset Sent = new(2026, 10, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 10, 20);

    [Fact]
    public void Build_AnswersAndTasks_FunnelOverdueAndAckTimes()
    {
        var notice = new NoticeRecord { RowKey = "n1", Status = "dispatched", DeliveryCount = 4, ReceivedAt = Sent, DispatchedAt = Sent };
        DeliveryRecord[] rows =
        [
            Delivery("d1", "so-a", "Sở A", "email", "sent"),
            Delivery("d2", "so-a", "Sở A", "sms", "sent"),
            Delivery("d3", "so-b", "Sở B", "email", "sent"),
            Delivery("d4", "so-c", "Sở C", "email", "failed"),
            Delivery("d5", "so-a", "Sở A", "email", "queued", DeliveryKinds.Reminder),
        ];
        ReceiptRecord[] receipts =
        [
            new() { PartitionKey = "n1", RowKey = "d1", EntryId = "so-a", Answer = "03", AnswerAt = Sent.AddHours(30), Tasks = """{"1":{"Code":"06","At":"2026-10-05T00:00:00+00:00","Note":"xong"}}""" },
            new() { PartitionKey = "n1", RowKey = "d2", EntryId = "so-a", ProviderState = "delivered", Answer = "01", AnswerAt = Sent.AddMinutes(1) },
            new() { PartitionKey = "n1", RowKey = "d3", EntryId = "so-b", Answer = "02", AnswerAt = Sent.AddHours(2), AnswerReason = "không thuộc thẩm quyền" },
        ];
        var plan = Plan(
            ("so-a", [new PlanExcerpt("1", "…", "lead", "chủ trì", "", new DateOnly(2026, 10, 10)), new PlanExcerpt("2", "…", "coordinator", "phối hợp", "", new DateOnly(2026, 10, 15))]),
            ("so-b", [new PlanExcerpt("1", "…", "named", null, "", new DateOnly(2026, 10, 10))]),
            ("so-c", [new PlanExcerpt("3", "…", "group", null, "", null), new PlanExcerpt(null, "…", "related", null, "")]));

        var m = MonitoringReader.Build(notice, rows, receipts, plan, Today, defaultDueDays: 14);

        Assert.Equal(new Funnel(Queued: 3, Sent: 2, Arrived: 2, Answered: 2), m.Funnel);
        Assert.Equal(new DeliveryProgress(5, 1, 0, 3, 1, Sent), m.Progress);
        var a = m.Answers["so-a"];
        Assert.Equal("03", a.Code);
        Assert.Equal([("1", "06", false), ("2", (string?)null, true)], a.Tasks.Select(t => (t.Label, t.Code, t.Overdue)));
        // A refusal is not late on its tasks; a task without a stated date takes the default period after dispatch.
        Assert.Equal("không thuộc thẩm quyền", m.Answers["so-b"].Reason);
        Assert.False(Assert.Single(m.Answers["so-b"].Tasks).Overdue);
        var c = Assert.Single(m.Answers["so-c"].Tasks);
        Assert.Equal((new DateOnly(2026, 10, 15), false, true), (c.DueDate, c.DueDateStated, c.Overdue));
        Assert.Equal("delivered", m.ProviderStates["d2"]);

        var overview = OverviewBuilder.Summarize([notice], [m], truncated: false);
        Assert.Equal([("Sở A", 1), ("Sở C", 1)], overview.Overdue);
        Assert.Equal(["Sở A", "Sở B"], overview.AckTimes.Select(t => t.Agency).Order(StringComparer.Ordinal));
        // Sở A answered 03 after 30 h and reported its task later: the earlier of the two counts.
        Assert.Equal(TimeSpan.FromHours(30), overview.AckTimes.Single(t => t.Agency == "Sở A").Median);
        Assert.Equal(TimeSpan.FromHours(2), overview.AckTimes.Single(t => t.Agency == "Sở B").Last);
    }

    [Fact]
    public void Summarize_SeveralAnswers_MedianOfAllLastOfNewest()
    {
        var monitors = new[] { 2, 10, 4 }.Select((hours, i) =>
        {
            var notice = new NoticeRecord { RowKey = $"n{i}", Status = "dispatched", ReceivedAt = Sent.AddDays(i), DispatchedAt = Sent.AddDays(i) };
            var rows = new[] { Delivery($"d{i}", "so-a", "Sở A", "email", "sent", sentAt: Sent.AddDays(i)) };
            var receipts = new[] { new ReceiptRecord { PartitionKey = notice.RowKey, RowKey = $"d{i}", EntryId = "so-a", Answer = "03", AnswerAt = Sent.AddDays(i).AddHours(hours) } };
            return (notice, MonitoringReader.Build(notice, rows, receipts, null, Today, 14));
        }).ToList();

        var times = Assert.Single(OverviewBuilder.Summarize(monitors.Select(x => x.notice).ToList(), monitors.Select(x => x.Item2).ToList(), false).AckTimes);
        Assert.Equal((3, TimeSpan.FromHours(4), TimeSpan.FromHours(4)), (times.Count, times.Median, times.Last));
    }

    private static DeliveryRecord Delivery(string id, string entry, string agency, string channel, string status, string kind = DeliveryKinds.Notice, DateTimeOffset? sentAt = null) => new()
    {
        PartitionKey = "n1",
        RowKey = id,
        EntryId = entry,
        AgencyName = agency,
        Channel = channel,
        Status = status,
        Kind = kind,
        SentAt = status == "sent" ? sentAt ?? Sent : null,
        FailedAt = status == "failed" ? Sent : null,
    };

    private static DispatchPlanStore.Loaded Plan(params (string Entry, PlanExcerpt[] Excerpts)[] recipients)
    {
        var list = recipients.Select(r => new PlanRecipient(r.Entry, r.Entry, r.Excerpts)).ToList();
        var plan = new DispatchPlan("n1", "n1.txt", "text", 1, new PlanDocument("Thông báo", "1", "TB-UBND", "Thử", null, null, null, null), list);
        return new DispatchPlanStore.Loaded(plan, list.ToDictionary(r => r.EntryId, StringComparer.Ordinal));
    }
}
