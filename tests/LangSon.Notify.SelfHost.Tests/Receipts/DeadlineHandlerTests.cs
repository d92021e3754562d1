using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Receipts;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.SelfHost.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LangSon.Notify.SelfHost.Tests.Receipts;

/// <summary>The deadline timer's handler against Azurite with a fake clock: reminders before due dates, escalation of unanswered urgent notices.</summary>
public sealed class DeadlineHandlerTests : IAsyncLifetime
{
    // 09:00 in Lạng Sơn on 2 March 2026.
    private static readonly DateTimeOffset Dispatched = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Dispatched);
    private readonly RecordingDeliveryQueue _queue = new();
    private Emulators _emulators = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _emulators = await Emulators.StartAsync();
        _services = await InProcessDispatch.StartAsync(_emulators, services =>
        {
            services.AddSingleton<TimeProvider>(_time);
            services.AddSingleton<IDeliveryQueue>(_queue);
        });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _emulators.DisposeAsync();
    }

    [Fact]
    public async Task RunAsync_TaskDueOnStatedDate_OneReminderThreeDaysBeforeAndNeverAgain()
    {
        var noticeId = await SeedAsync(due: new DateOnly(2026, 3, 20));

        var counts = new List<int>();
        foreach (var at in new[] { Dispatched, At(2026, 3, 16, 23, 59), At(2026, 3, 17, 0, 1), At(2026, 3, 17, 12, 0), At(2026, 3, 20, 9, 0), At(2026, 3, 25, 9, 0) })
        {
            _time.SetUtcNow(at);
            counts.Add(await Handler.RunAsync(CancellationToken.None));
        }

        Assert.Equal([0, 0, 1, 0, 0, 0], counts);
        var reminder = Assert.Single(await FollowUpsAsync(noticeId));
        Assert.Equal(DeliveryKinds.Reminder, reminder.Kind);
        Assert.Equal("email", reminder.Channel);
        Assert.Equal("so-a@langson.example", reminder.Address);
        Assert.Equal("1", reminder.ExcerptLabels);
        Assert.Equal(At(2026, 3, 17, 0, 1), reminder.CreatedAt);
        Assert.Equal(reminder.DeliveryId, Assert.Single(_queue.Messages).DeliveryId);
    }

    [Fact]
    public async Task RunAsync_TaskAlreadyAt06_NoReminder()
    {
        var noticeId = await SeedAsync(due: new DateOnly(2026, 3, 20));
        _time.SetUtcNow(At(2026, 3, 10, 10, 0));
        await RecordAsync(noticeId, "06", "1");

        _time.SetUtcNow(At(2026, 3, 18, 10, 0));
        var queued = await Handler.RunAsync(CancellationToken.None);

        Assert.Equal(0, queued);
        Assert.Empty(await FollowUpsAsync(noticeId));
    }

    [Fact]
    public async Task RunAsync_NoStatedDueDate_DefaultPeriodAfterDispatch()
    {
        var noticeId = await SeedAsync(due: null);

        _time.SetUtcNow(At(2026, 3, 12, 23, 0));
        var early = await Handler.RunAsync(CancellationToken.None);
        _time.SetUtcNow(At(2026, 3, 13, 8, 0));
        var onTime = await Handler.RunAsync(CancellationToken.None);

        // Dispatched 2 March, default 14 days: due 16 March, reminder from 13 March.
        Assert.Equal(0, early);
        Assert.Equal(1, onTime);
        Assert.Equal(DeliveryKinds.Reminder, Assert.Single(await FollowUpsAsync(noticeId)).Kind);
    }

    [Fact]
    public async Task RunAsync_UrgentNoticeWithout03_EmailThenSmsToContactThenHeadOnePeriodApart_StopsAt03()
    {
        var noticeId = await SeedAsync(due: new DateOnly(2026, 6, 30), urgency: "THƯỢNG KHẨN");
        var runs = new List<int>();
        foreach (var hours in new[] { 3.9, 4.0, 7.9, 8.0, 8.5 })
        {
            _time.SetUtcNow(Dispatched.AddHours(hours));
            runs.Add(await Handler.RunAsync(CancellationToken.None));
        }

        var steps = (await FollowUpsAsync(noticeId)).OrderBy(d => d.CreatedAt).ToList();
        Assert.Equal([0, 1, 0, 1, 0], runs);
        Assert.Equal([("email", "so-a@langson.example"), ("sms", "+84999555901")], steps.Select(d => (d.Channel, d.Address)));
        Assert.All(steps, d => Assert.Equal(DeliveryKinds.Escalation, d.Kind));

        await RecordAsync(noticeId, "03", null);
        _time.SetUtcNow(Dispatched.AddHours(20));
        Assert.Equal(0, await Handler.RunAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RunAsync_UrgentNoticeAnswered03_NoEscalation()
    {
        var noticeId = await SeedAsync(due: new DateOnly(2026, 6, 30), urgency: "HỎA TỐC");
        _time.SetUtcNow(Dispatched.AddHours(1));
        await RecordAsync(noticeId, "03", null);

        _time.SetUtcNow(Dispatched.AddHours(30));

        Assert.Equal(0, await Handler.RunAsync(CancellationToken.None));
    }

    private DeadlineHandler Handler => _services.GetRequiredService<DeadlineHandler>();

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.FromHours(7));

    private async Task<IReadOnlyList<DeliveryRecord>> FollowUpsAsync(string noticeId) =>
        (await _services.GetRequiredService<DeliveryStore>().ListAsync(noticeId, CancellationToken.None)).Where(d => d.Kind != DeliveryKinds.Notice).ToList();

    private async Task RecordAsync(string noticeId, string code, string? task)
    {
        var email = (await _services.GetRequiredService<DeliveryStore>().ListAsync(noticeId, CancellationToken.None)).Single(d => d.Kind == DeliveryKinds.Notice);
        var outcome = await _services.GetRequiredService<ReceiptRecorder>().RecordAsync(
            new ReceiptEvent(noticeId, email.DeliveryId, "agency", $"{task}:{code}", code, _time.GetUtcNow(), task),
            CancellationToken.None);
        Assert.Equal(RecordOutcome.Recorded, outcome);
    }

    private async Task<string> SeedAsync(DateOnly? due, string? urgency = null)
    {
        var noticeId = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await _services.GetRequiredService<NoticeStore>().UpsertAsync(
            new NoticeRecord { RowKey = noticeId, BlobName = "tb.txt", Status = "dispatched", ReceivedAt = Dispatched, DispatchedAt = Dispatched, Number = "45/TB-UBND" },
            CancellationToken.None);
        await _services.GetRequiredService<DispatchPlanStore>().SaveAsync(
            new DispatchPlan(noticeId, "tb.txt", "text", 100, new PlanDocument("Thông báo", "45/TB-UBND", "TB-UBND", "Về việc thử nghiệm", null, urgency, "UBND tỉnh", null),
            [
                new PlanRecipient("so-a", "Sở A", [new PlanExcerpt("1", "Sở A chủ trì báo cáo.", "named", "lead", "chủ trì", due)], ["+84999555901", "+84999555902"]),
            ]),
            CancellationToken.None);
        await _services.GetRequiredService<DeliveryStore>().AddMissingAsync(noticeId,
        [
            new DeliveryRecord
            {
                PartitionKey = noticeId, RowKey = NoticeIds.ForDelivery(noticeId, "so-a", "email"), EntryId = "so-a", AgencyName = "Sở A",
                Channel = "email", Address = "so-a@langson.example", Status = "sent", CreatedAt = Dispatched, SentAt = Dispatched,
            },
        ], CancellationToken.None);
        return noticeId;
    }
}
