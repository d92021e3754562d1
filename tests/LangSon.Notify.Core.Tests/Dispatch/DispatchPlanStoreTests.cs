using LangSon.Notify.Core.Dispatch;

namespace LangSon.Notify.Core.Tests.Dispatch;

public sealed class DispatchPlanStoreTests
{
    [Fact]
    public void ShareExcerpts_GroupMembersWithEqualExcerpts_KeepOneInstanceEachInOrder()
    {
        PlanExcerpt Group() => new("2", new string("Các huyện, thành phố triển khai thực hiện.".ToCharArray()), "group", null, "có tên trong nhóm");
        PlanExcerpt Lead() => new("1", "Sở Tài chính chủ trì.", "lead", "lead", "chủ trì", new DateOnly(2026, 12, 31));
        var recipients = new[]
        {
            new PlanRecipient("huyen-a", "UBND huyện A", [Group()]),
            new PlanRecipient("huyen-b", "UBND huyện B", [Group()]),
            new PlanRecipient("so-tc", "Sở Tài chính", [Lead(), Group()]),
        };

        var shared = DispatchPlanStore.ShareExcerpts(recipients);

        Assert.Equal(recipients.Select(r => r.EntryId), shared.Select(r => r.EntryId));
        Assert.Same(shared[0].Excerpts[0], shared[1].Excerpts[0]);
        Assert.Same(shared[0].Excerpts[0], shared[2].Excerpts[1]);
        Assert.Equal(Lead(), shared[2].Excerpts[0]);
        Assert.All(shared.Zip(recipients), pair => Assert.Equal(pair.Second.Excerpts, pair.First.Excerpts));
    }
}
