using LangSon.Notify.Core.Dispatch;
using LangSon.Notify.Core.Receipts;
using LangSon.Notify.Core.Storage;
using LangSon.Notify.SelfHost.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LangSon.Notify.SelfHost.Tests.Receipts;

/// <summary>Answers through links against Azurite: validated, recorded once per agency whichever of its mails' links is used.</summary>
public sealed class AckServiceTests : IAsyncLifetime
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
    public async Task AnswerAsync_ThroughTheNoticeAndThenTheReminderLink_RecordedOnceForTheAgency()
    {
        var (first, reminder) = await SeedAsync();

        var accepted = await Acks.AnswerAsync(first, "03", null, null, null, CancellationToken.None);
        var reminderPage = await Acks.OpenAsync(reminder, CancellationToken.None);
        var again = await Acks.AnswerAsync(reminder, "03", null, null, null, CancellationToken.None);
        var inProgress = await Acks.AnswerAsync(reminder, "05", null, "2", null, CancellationToken.None);
        var backwards = await Acks.AnswerAsync(first, "04", null, "2", null, CancellationToken.None);

        Assert.Equal("Đã ghi nhận: 03 đã tiếp nhận.", accepted.Message);
        Assert.Equal("03", reminderPage.View!.Answer);
        Assert.Contains("Không ghi nhận thêm", again.Message, StringComparison.Ordinal);
        Assert.Equal("Đã ghi nhận: mục 2: 05 đang xử lý.", inProgress.Message);
        Assert.Contains("Không ghi nhận thêm", backwards.Message, StringComparison.Ordinal);
        Assert.Equal([("1", null), ("2", "05")], backwards.View!.Tasks.Select(t => (t.Label, t.Code)));
    }

    [Fact]
    public async Task AnswerAsync_InvalidRequests_RefusedNamingTheProblem()
    {
        var (first, _) = await SeedAsync();

        var noReason = await Acks.AnswerAsync(first, "02", "  ", null, null, CancellationToken.None);
        var unknownTask = await Acks.AnswerAsync(first, "06", null, "9", null, CancellationToken.None);
        var badStatus = await Acks.AnswerAsync(first, "07", null, null, null, CancellationToken.None);
        var forged = await Acks.AnswerAsync(first[..^2] + (first.EndsWith("AA", StringComparison.Ordinal) ? "BB" : "AA"), "03", null, null, null, CancellationToken.None);
        var refused = await Acks.AnswerAsync(first, "02", "Không thuộc thẩm quyền", null, null, CancellationToken.None);
        var taskAfterRefusal = await Acks.AnswerAsync(first, "05", null, "1", null, CancellationToken.None);

        Assert.Equal((400, "Xin ghi rõ lý do từ chối tiếp nhận."), (noReason.StatusCode, noReason.Message));
        Assert.Equal((400, "Xin chọn một nhiệm vụ của cơ quan."), (unknownTask.StatusCode, unknownTask.Message));
        Assert.Equal(400, badStatus.StatusCode);
        Assert.Equal((403, "Liên kết không hợp lệ."), (forged.StatusCode, forged.Message));
        Assert.Equal("Đã ghi nhận: 02 từ chối tiếp nhận.", refused.Message);
        Assert.Equal(409, taskAfterRefusal.StatusCode);
    }

    private IAckService Acks => _services.GetRequiredService<IAckService>();

    private async Task<(string First, string Reminder)> SeedAsync()
    {
        var noticeId = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var now = DateTimeOffset.UtcNow;
        await _services.GetRequiredService<DispatchPlanStore>().SaveAsync(
            new DispatchPlan(noticeId, "tb.txt", "text", 100, new PlanDocument("Thông báo", "77/TB-UBND", "TB-UBND", "Về việc thử nghiệm", null, null, "UBND tỉnh", null),
            [
                new PlanRecipient("so-b", "Sở B", [new PlanExcerpt("1", "Sở B chủ trì.", "named", "lead", "chủ trì"), new PlanExcerpt("2", "Sở B phối hợp.", "named", "support", "phối hợp")]),
            ]),
            CancellationToken.None);
        DeliveryRecord Row(string step, string kind) => new()
        {
            PartitionKey = noticeId, RowKey = NoticeIds.ForDelivery(noticeId, "so-b", step), EntryId = "so-b", AgencyName = "Sở B", Kind = kind,
            Channel = "email", Address = "so-b@langson.example", Status = "sent", CreatedAt = now,
        };
        var first = Row("email", DeliveryKinds.Notice);
        var reminder = Row("reminder-20260320", DeliveryKinds.Reminder);
        await _services.GetRequiredService<DeliveryStore>().AddMissingAsync(noticeId, [first, reminder], CancellationToken.None);
        var tokens = _services.GetRequiredService<AckTokens>();
        return (tokens.Create(noticeId, first.DeliveryId), tokens.Create(noticeId, reminder.DeliveryId));
    }
}
