using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Resolution;
using LangSon.Notify.Understanding.Tests.Support;

namespace LangSon.Notify.Understanding.Tests.Resolution;

/// <summary>The quality bar of the resolution issue, with the real parser reading the text.</summary>
public sealed class SeedNoticeEndToEndTests
{
    private static readonly string[] Districts =
        ["tp-lang-son", "trang-dinh", "van-lang", "van-quan", "binh-gia", "bac-son", "huu-lung", "chi-lang", "cao-loc", "loc-binh", "dinh-lap"];

    private static readonly Lazy<ResolvedNotice> Seed = new(() => Resolve(SeedNotice.Text));

    private static ResolvedNotice Resolve(string text) => new NoticeResolver(Directories.SeedCatalog).Resolve(new NoticeParser().Parse(text));

    private static ResolvedRecipient Recipient(string id) => Assert.Single(Seed.Value.Recipients, r => r.Entry.Id == id);

    [Fact]
    public void Resolve_ParsedSeed_EveryNoiNhanLineResolvesWithNoUnresolvedMention()
    {
        var resolved = Seed.Value;
        var archiveLine = resolved.Notice.RecipientLines.ToList().FindIndex(l => l.Contains("Lưu", StringComparison.Ordinal));
        var recipientLines = Enumerable.Range(0, resolved.Notice.RecipientLines.Count)
            .Where(i => i != archiveLine && resolved.Notice.Recipients.Any(m => m.Line == i));

        Assert.Empty(resolved.Unresolved);
        Assert.DoesNotContain(resolved.Warnings, w => w.Code == "line-unresolved");
        Assert.All(recipientLines, line => Assert.Contains(resolved.Recipients, r => r.Sources.Any(s => s.Line == line)));
        Assert.Equal(11, recipientLines.Count());
        Assert.Equal(new DateOnly(2020, 1, 1), resolved.DirectoryEffective);
    }

    [Fact]
    public void Resolve_ParsedSeed_HdndUbndLineGives22AndTheArchiveLineNothing()
    {
        var resolved = Seed.Value;
        var hdndLine = resolved.Notice.RecipientLines.ToList().FindIndex(l => l.Contains("HĐND, UBND các huyện", StringComparison.Ordinal));
        var archiveLine = resolved.Notice.RecipientLines.ToList().FindIndex(l => l.Contains("Lưu", StringComparison.Ordinal));

        Assert.Equal(22, resolved.Recipients.Count(r => r.Sources.Any(s => s.Line == hdndLine)));
        Assert.True(archiveLine >= 0);
        Assert.DoesNotContain(resolved.Recipients, r => r.Sources.Any(s => s.Line == archiveLine));
    }

    [Fact]
    public void Resolve_ParsedSeed_SoKeHoachDauTuLeadsTask7()
    {
        var first = Recipient("so-khdt").Excerpts[0];

        Assert.Equal(("(7)", ExcerptReason.Lead), (first.TaskLabel, first.Reason));
    }

    [Fact]
    public void Resolve_ParsedSeed_EachDistrictUbndGetsTasks4_6_7AndSection4()
    {
        foreach (var district in Districts)
        {
            var labels = Recipient($"ubnd-{district}").Excerpts.Where(e => e.Reason != ExcerptReason.General).Select(e => e.TaskLabel).ToList();

            Assert.Contains("(4)", labels);
            Assert.Contains("(6)", labels);
            Assert.Contains("(7)", labels);
            Assert.Contains("4.", labels);
        }
    }

    [Fact]
    public void Resolve_ParsedSeed_SoGiaoDucDaoTaoGetsTask8ByField()
    {
        Assert.Contains(Recipient("so-gddt").Excerpts, e => e is { TaskLabel: "(8)", Reason: ExcerptReason.Field });
    }

    [Fact]
    public void Resolve_ParsedSeed_NestedTasksDoNotRepeatTheirChildren()
    {
        var section3 = Recipient("bi-thu-tinh-uy").Excerpts.Single(e => e.TaskLabel == "3.");

        Assert.DoesNotContain("Sở Kế hoạch và Đầu tư chủ trì", section3.Text, StringComparison.Ordinal);
        Assert.Contains("các cấp, các ngành", section3.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_Parsed2026Notice_UsesThe2025DirectoryAndNamesTheSuccessor()
    {
        var resolved = Resolve("""
            ỦY BAN NHÂN DÂN
            TỈNH LẠNG SƠN

            Số: 215/UBND-KT

            Lạng Sơn, ngày 12 tháng 3 năm 2026

            Về việc rà soát danh mục dự án đầu tư công năm 2026

            Kính gửi: Sở Tài chính.

            UBND tỉnh đề nghị Sở Tài chính chủ trì, phối hợp với UBND các xã, phường rà soát danh mục dự án đầu tư công năm 2026, báo cáo UBND tỉnh trước ngày 30/3/2026./.

            Nơi nhận:
            - Như trên;
            - UBND các xã, phường;
            - Sở Kế hoạch và Đầu tư;
            - Lưu: VT, KT.

            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH

            Nguyễn Văn A
            """);

        Assert.Equal(new DateOnly(2025, 7, 1), resolved.DirectoryEffective);
        Assert.Equal(65, resolved.Recipients.Count(r => r.Entry.Id.StartsWith("ubnd-xa-", StringComparison.Ordinal) || r.Entry.Id.StartsWith("ubnd-phuong-", StringComparison.Ordinal)));
        Assert.Contains(resolved.Recipients, r => r.Entry.Id == "so-tc");
        var unresolved = Assert.Single(resolved.Unresolved);
        Assert.Equal("Sở Tài chính", unresolved.Successor);
    }
}
