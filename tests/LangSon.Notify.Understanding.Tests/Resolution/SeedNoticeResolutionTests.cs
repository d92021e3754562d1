using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Resolution;
using LangSon.Notify.Understanding.Tests.Support;

namespace LangSon.Notify.Understanding.Tests.Resolution;

public sealed class SeedNoticeResolutionTests
{
    private static readonly string[] Districts =
        ["tp-lang-son", "trang-dinh", "van-lang", "van-quan", "binh-gia", "bac-son", "huu-lung", "chi-lang", "cao-loc", "loc-binh", "dinh-lap"];

    private static readonly Lazy<ResolvedNotice> Resolved = new(() => new NoticeResolver(Directories.SeedCatalog).Resolve(SeedNotice.Build()));

    private static ResolvedRecipient Recipient(string id) => Assert.Single(Resolved.Value.Recipients, r => r.Entry.Id == id);

    [Fact]
    public void Resolve_SeedNotice_EveryLineResolvesWithNoUnresolvedMention()
    {
        var resolved = Resolved.Value;

        Assert.Empty(resolved.Unresolved);
        Assert.DoesNotContain(resolved.Warnings, w => w.Code == "line-unresolved");
        var linesWithRecipients = resolved.Recipients.SelectMany(r => r.Sources).Select(s => s.Line).ToHashSet();
        Assert.Equal(Enumerable.Range(0, SeedNotice.ArchiveLine), linesWithRecipients.Order());
    }

    [Fact]
    public void Resolve_SeedNotice_UsesThe2020DirectoryByMonthAndYear()
    {
        Assert.Equal(new DateOnly(2020, 1, 1), Resolved.Value.DirectoryEffective);
        Assert.DoesNotContain(Resolved.Value.Warnings, w => w.Code is "no-date" or "no-directory-in-force");
    }

    [Fact]
    public void Resolve_HdndUbndLine_Gives22Entries()
    {
        var fromLine = Resolved.Value.Recipients.Where(r => r.Sources.Any(s => s.Line == 8)).Select(r => r.Entry.Id).ToList();

        Assert.Equal(22, fromLine.Count);
        Assert.All(Districts, d => Assert.Contains($"hdnd-{d}", fromLine));
        Assert.All(Districts, d => Assert.Contains($"ubnd-{d}", fromLine));
    }

    [Fact]
    public void Resolve_SeedNotice_EachRecipientAppearsOnce()
    {
        var ids = Resolved.Value.Recipients.Select(r => r.Entry.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Resolve_SeedNotice_ArchiveLineSendsNothing()
    {
        Assert.DoesNotContain(Resolved.Value.Recipients, r => r.Sources.Any(s => s.Line == SeedNotice.ArchiveLine));
        Assert.DoesNotContain(Resolved.Value.Recipients, r => r.Entry.Abolished);
    }

    [Fact]
    public void Resolve_SoKeHoachDauTu_GetsTask7AsLeadFirst()
    {
        var first = Recipient("so-khdt").Excerpts[0];

        Assert.Equal("(7)", first.TaskLabel);
        Assert.Equal(ExcerptReason.Lead, first.Reason);
        Assert.Equal(AgencyRole.Lead, first.Role);
        Assert.Contains("chủ trì", first.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_DistrictUbnd_GetsTasks4_6_7AndTheSection4Recommendations()
    {
        foreach (var district in Districts)
        {
            var excerpts = Recipient($"ubnd-{district}").Excerpts;
            var labels = excerpts.Select(e => e.TaskLabel).ToList();

            Assert.Contains("(4)", labels);
            Assert.Contains("(6)", labels);
            Assert.Contains("(7)", labels);
            Assert.Contains(excerpts, e => e.TaskLabel is null && e.Text.Contains("- Về một số kiến nghị tại hội nghị", StringComparison.Ordinal));
            Assert.Contains(excerpts, e => e.TaskLabel is null && e.Text.Contains("UBND các huyện, thành phố căn cứ khả năng ngân sách", StringComparison.Ordinal));
            Assert.Equal(ExcerptReason.Coordinator, excerpts.Single(e => e.TaskLabel == "(7)").Reason);
        }
    }

    [Fact]
    public void Resolve_SoGiaoDucDaoTao_GetsTask8ByField()
    {
        var task8 = Assert.Single(Recipient("so-gddt").Excerpts, e => e.TaskLabel == "(8)");

        Assert.Equal(ExcerptReason.Field, task8.Reason);
        Assert.StartsWith("có thể liên quan", task8.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_SeedNotice_ExcerptsAreRankedLeadCoordinatorNamedGroupField()
    {
        foreach (var recipient in Resolved.Value.Recipients)
        {
            var reasons = recipient.Excerpts.Select(e => e.Reason).ToList();
            Assert.Equal(reasons.Order(), reasons);
        }
    }

    [Fact]
    public void Resolve_LeaderWithNothingSpecific_GetsTheGeneralConclusions()
    {
        var excerpts = Recipient("bi-thu-tinh-uy").Excerpts;

        Assert.NotEmpty(excerpts);
        Assert.All(excerpts, e => Assert.Equal(ExcerptReason.General, e.Reason));
        Assert.Contains(excerpts, e => e.TaskLabel == "(1)");
    }

    [Fact]
    public void Resolve_SeedNotice_LeadAndCoordinatorsAreAllInNoiNhan()
    {
        Assert.DoesNotContain(Resolved.Value.Warnings, w => w.Code is "assigned-not-recipient" or "assigned-unresolved");
    }

    [Fact]
    public void Resolve_SeedNotice_NoMentionIsDoubtfulSoNothingIsHeld()
    {
        var resolved = Resolved.Value;

        Assert.All(resolved.Notice.Recipients, m => Assert.False(m.Doubtful, $"{m.Mention}: {string.Join(", ", m.DoubtReasons ?? [])}"));
        Assert.All(resolved.Recipients.SelectMany(r => r.Sources), m => Assert.False(m.Doubtful, m.Mention));
        Assert.False(resolved.NeedsReview);
    }
}
