using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Resolution;
using LangSon.Notify.Understanding.Tests.Support;

namespace LangSon.Notify.Understanding.Tests.Resolution;

public sealed class NoticeResolverTests
{
    private static readonly NoticeResolver Resolver = new(Directories.SeedCatalog);

    private static ResolvedNotice Resolve(NoticeBuilder builder) => Resolver.Resolve(builder.Build());

    private static IReadOnlyList<string> Ids(ResolvedNotice resolved) => resolved.Recipients.Select(r => r.Entry.Id).ToList();

    [Fact]
    public void Resolve_2026NoticeToCommunes_Gives65EntriesUnderThe2025Directory()
    {
        var resolved = Resolve(new NoticeBuilder().Dated(2026, 3, 12).Line("- UBND các xã, phường;"));

        Assert.Equal(new DateOnly(2025, 7, 1), resolved.DirectoryEffective);
        Assert.Equal(65, resolved.Recipients.Count);
        Assert.All(resolved.Recipients, r => Assert.StartsWith("ubnd-", r.Entry.Id, StringComparison.Ordinal));
        Assert.Empty(resolved.Unresolved);
    }

    [Fact]
    public void Resolve_2026NoticeToAbolishedDepartment_IsUnresolvedNamingItsSuccessor()
    {
        var resolved = Resolve(new NoticeBuilder().Dated(2026, 3, 12).Line("- Sở Kế hoạch và Đầu tư;").Line("- Sở Y tế;"));

        var unresolved = Assert.Single(resolved.Unresolved);
        Assert.Equal("Sở Tài chính", unresolved.Successor);
        Assert.Contains("Sở Tài chính", unresolved.Reason, StringComparison.Ordinal);
        Assert.Equal(["so-yt"], Ids(resolved));
        Assert.Contains(resolved.Warnings, w => w.Code == "line-unresolved" && w.Message.Contains("Sở Kế hoạch và Đầu tư", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_2026NoticeToDistricts_IsUnresolvedBecauseTheLevelWasAbolished()
    {
        var resolved = Resolve(new NoticeBuilder().Dated(2026, 1, 5).Line("- UBND các huyện, thành phố;"));

        var unresolved = Assert.Single(resolved.Unresolved);
        Assert.Contains("abolished on 1/7/2025", unresolved.Reason, StringComparison.Ordinal);
        Assert.Empty(resolved.Recipients);
    }

    [Fact]
    public void Resolve_SameNameIn2020_ResolvesToTheDepartment()
    {
        var resolved = Resolve(new NoticeBuilder().Dated(2020, 7, 20).Line("- Sở Kế hoạch và Đầu tư;"));

        Assert.Equal(["so-khdt"], Ids(resolved));
    }

    [Fact]
    public void Resolve_NoDate_UsesTheNewestDirectoryWithAWarning()
    {
        var resolved = Resolve(new NoticeBuilder().Line("- Sở Y tế;"));

        Assert.Equal(new DateOnly(2025, 7, 1), resolved.DirectoryEffective);
        Assert.Contains(resolved.Warnings, w => w.Code == "no-date");
        Assert.Equal(["so-yt"], Ids(resolved));
    }

    [Theory]
    [InlineData("- HĐND, UBND các huyện, thành phố;", 22)]
    [InlineData("- Các VP: TU, HĐND tỉnh, Đoàn ĐBQH tỉnh;", 3)]
    [InlineData("- C, PVP UBND tỉnh, các phòng, đơn vị trực thuộc VP;", 9)]
    [InlineData("- Bí thư, Phó Bí thư Tỉnh ủy;", 3)]
    [InlineData("- Chủ tịch, các Phó Chủ tịch HĐND tỉnh;", 3)]
    [InlineData("- Ủy ban MTTQ và các đoàn thể tỉnh;", 6)]
    [InlineData("- Báo Lạng Sơn, Đài PT và TH tỉnh;", 2)]
    [InlineData("- Các Huyện ủy, Thành ủy;", 11)]
    [InlineData("- UBND huyện Cao Lộc, Lộc Bình;", 2)]
    [InlineData("- Sở KH&ĐT, Sở GD&ĐT;", 2)]
    [InlineData("- so ke hoach va dau tu;", 1)]
    [InlineData("- Đài PT-TH tỉnh;", 1)]
    [InlineData("- Giám đốc Sở Y tế;", 1)]
    [InlineData("- Chủ tịch UBND huyện Cao Lộc;", 1)]
    [InlineData("- Sở Y tế tỉnh Lạng Sơn;", 1)]
    [InlineData("- Sở Tư pháp (để thực hiện);", 1)]
    [InlineData("- Chủ tịch UBND tỉnh (b/c);", 1)]
    public void Resolve_RawUnexpandedLine_ExpandsIt(string line, int count)
    {
        var resolved = Resolve(new NoticeBuilder().Dated(2020, 7, 20).Line(line));

        Assert.Empty(resolved.Unresolved);
        Assert.Equal(count, resolved.Recipients.Count);
    }

    [Theory]
    [InlineData("- Báo và PT, TH tỉnh;")]
    [InlineData("- Báo và PT-TH Lạng Sơn;")]
    [InlineData("- Báo và PTTH tỉnh;")]
    [InlineData("- Báo và Phát thanh, Truyền hình tỉnh Lạng Sơn;")]
    public void Resolve_MergedPressBodyWrittenWithAndOrComma_IsOneRecipient(string line)
    {
        var resolved = Resolve(new NoticeBuilder().Dated(2026, 3, 12).Line(line));

        Assert.Empty(resolved.Unresolved);
        Assert.Equal(["bao-ptth"], Ids(resolved));
    }

    [Fact]
    public void Resolve_ParsedLineNamingAPersonAfterTheirPosition_ResolvesThePosition()
    {
        var notice = new NoticeParser().Parse("""
            ỦY BAN NHÂN DÂN
            TỈNH LẠNG SƠN
            Số: 12/UBND-KT
            Lạng Sơn, ngày 3 tháng 3 năm 2026
            V/v báo cáo tiến độ

            Nội dung.

            Nơi nhận:
            - PCT UBND tỉnh Hoàng Văn Bình (b/c);
            - Lưu: VT.
            """);

        var resolved = Resolver.Resolve(notice);

        Assert.Empty(resolved.Unresolved);
        Assert.Contains("pho-chu-tich-ubnd-tinh", Ids(resolved));

        // The directory does not say which deputy the person is: the notice waits for a clerk.
        var mention = resolved.Recipients.SelectMany(r => r.Sources).Distinct().Single();
        Assert.Contains(mention.DoubtReasons!, d => d.StartsWith("several-candidates: Hoàng Văn Bình is one of", StringComparison.Ordinal));
        Assert.True(resolved.NeedsReview);
    }

    [Theory]
    [InlineData("Phòng Tổng hợp - Nội chính - Văn phòng Ủy ban nhân dân tỉnh")]
    [InlineData("Phòng Khoa giáo - Văn xã - Văn phòng UBND tỉnh")]
    public void Resolve_UnitWithDashesInItsNameAndItsParentAfterTheLastDash_IsTheUnit(string mention)
    {
        var resolved = Resolve(new NoticeBuilder().Dated(2026, 3, 12).Line("- Phòng TH-NC, KGVX;", mention));

        Assert.Empty(resolved.Unresolved);
        Assert.Single(resolved.Recipients);
        Assert.StartsWith("phong-", resolved.Recipients[0].Entry.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_PositionMissingFromDirectory_FallsBackToItsOrganisation()
    {
        var resolved = Resolve(new NoticeBuilder().Dated(2020, 7, 20).Line("- Chủ tịch UBND huyện Cao Lộc;"));

        Assert.Equal(["ubnd-cao-loc"], Ids(resolved));
    }

    [Fact]
    public void Resolve_PositionListedInDirectory_ResolvesWithinItsOrganisation()
    {
        var resolved = Resolve(new NoticeBuilder().Dated(2020, 7, 20).Line("- Lãnh đạo Văn phòng UBND tỉnh;").Line("- Chủ tịch HĐND tỉnh;"));

        Assert.Equal(["chanh-vp-ubnd", "pho-chanh-vp-ubnd", "chu-tich-hdnd-tinh"], Ids(resolved));
    }

    [Fact]
    public void Resolve_MisspelledName_IsKeptWithReasonAndClosestCandidates()
    {
        var resolved = Resolve(new NoticeBuilder().Dated(2020, 7, 20).Line("- Sở Giáo dục Đào tạo;").Line("- Sở Y tế;"));

        var unresolved = Assert.Single(resolved.Unresolved);
        Assert.Equal("Sở Giáo dục Đào tạo", unresolved.Mention.Mention);
        Assert.Equal("Sở Giáo dục và Đào tạo", unresolved.Candidates[0]);
        Assert.Contains("closest", unresolved.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_NameOnTwoLines_IsOneRecipientKeepingBothMentions()
    {
        var resolved = Resolve(new NoticeBuilder().Dated(2020, 7, 20).Line("- Sở Y tế;").Line("- Các sở, ban, ngành;"));

        var soYte = Assert.Single(resolved.Recipients, r => r.Entry.Id == "so-yt");
        Assert.Equal([0, 1], soYte.Sources.Select(s => s.Line));
        Assert.Equal(resolved.Recipients.Count, resolved.Recipients.Select(r => r.Entry.Id).Distinct().Count());
    }

    [Fact]
    public void Resolve_NhuTren_ResolvesTheKinhGuiAddressees()
    {
        var builder = new NoticeBuilder().Dated(2020, 7, 20)
            .Addressee("Sở Y tế")
            .Addressee("UBND các huyện, thành phố")
            .Mention(0, "- Như trên;", "Như trên", reference: new MentionReference(null))
            .RawLine("- Như trên;");

        var resolved = Resolve(builder);

        Assert.Equal(12, resolved.Recipients.Count);
        Assert.All(resolved.Recipients, r => Assert.Equal("Như trên", Assert.Single(r.Sources).Mention));
    }

    [Fact]
    public void Resolve_NhuTrenWithoutAddressees_IsUnresolved()
    {
        var builder = new NoticeBuilder().Dated(2020, 7, 20)
            .Mention(0, "- Như trên;", "Như trên", reference: new MentionReference(null))
            .RawLine("- Như trên;");

        var unresolved = Assert.Single(Resolve(builder).Unresolved);
        Assert.Contains("Kính gửi", unresolved.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_NhuDieu3_ResolvesTheBodiesTheArticleCharges()
    {
        var builder = new NoticeBuilder().Dated(2020, 9, 1)
            .Section("Điều 1.", null, "Phê duyệt kế hoạch tổ chức Ngày hội văn hóa các dân tộc tỉnh năm 2020.")
            .Section("Điều 3.", null, "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Văn hóa, Thể thao và Du lịch, Chủ tịch UBND các huyện, thành phố và các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.")
            .Mention(0, "- Như Điều 3;", "Như Điều 3", reference: new MentionReference(3))
            .RawLine("- Như Điều 3;")
            .Line("- Sở Tài chính;");

        var resolved = Resolve(builder);

        var ids = Ids(resolved);
        Assert.Contains("chanh-vp-ubnd", ids);
        Assert.Contains("so-vhttdl", ids);
        Assert.Equal(11, ids.Count(id => id.StartsWith("ubnd-", StringComparison.Ordinal) && id != "ubnd-tinh"));
        Assert.Contains("so-tc", ids);
        Assert.Empty(resolved.Unresolved);
    }

    [Fact]
    public void Resolve_NhuDieuWhoseArticleAlsoNamesABodyItReportsTo_GoesOnlyToTheBodiesCharged()
    {
        var notice = new NoticeParser().Parse("""
            ỦY BAN NHÂN DÂN
            TỈNH LẠNG SƠN
            Số: 5/QĐ-UBND
            Lạng Sơn, ngày 3 tháng 3 năm 2026

            QUYẾT ĐỊNH
            Về việc giao nhiệm vụ

            Điều 1. Giao nhiệm vụ rà soát.
            Điều 2. Sở Nội vụ, Sở Tư pháp chịu trách nhiệm thi hành Quyết định này và báo cáo kết quả cho UBND tỉnh.

            Nơi nhận:
            - Như Điều 2;
            - Lưu: VT.
            CHỦ TỊCH
            Vi Văn Lâm
            """);

        var resolved = Resolver.Resolve(notice);

        Assert.Equal(["so-nv", "so-tp"], Ids(resolved).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("2. Thành phần mời:\n- Lãnh đạo Sở Khoa học và Công nghệ;\n- Đại diện lãnh đạo Sở Tư pháp;\n- Các thành viên Tổ giúp việc.\n3. Thời gian: 14 giờ 00, ngày 20/4/2026.")]
    [InlineData("2. Thành phần: Lãnh đạo Sở Khoa học và Công nghệ; đại diện Sở Tư pháp; Các thành viên Tổ giúp việc.\n3. Thời gian: 14 giờ 00, ngày 20/4/2026.")]
    public void Resolve_NhuThanhPhanMoi_ResolvesTheInvitedAndFlagsWhomTheDirectoryLacks(string participants)
    {
        var notice = new NoticeParser().Parse($"""
            ỦY BAN NHÂN DÂN
            TỈNH LẠNG SƠN
            Số: 120/GM-UBND
            Lạng Sơn, ngày 14 tháng 4 năm 2026

            GIẤY MỜI
            Họp Tổ giúp việc

            1. Chủ trì: Đồng chí Phó Chủ tịch UBND tỉnh.
            {participants}

            Nơi nhận:
            - Như thành phần mời;
            - Lưu: VT.
            TL. CHỦ TỊCH
            CHÁNH VĂN PHÒNG
            Nông Văn Hà
            """);

        var resolved = Resolver.Resolve(notice);

        Assert.Equal(3, notice.Participants.Count);
        Assert.Equal(["so-khcn", "so-tp"], Ids(resolved).Order(StringComparer.Ordinal));
        Assert.Contains("Các thành viên Tổ giúp việc", Assert.Single(resolved.Unresolved).Reason, StringComparison.Ordinal);
        Assert.True(resolved.NeedsReview);
    }

    [Fact]
    public void Resolve_NhuDieuMissingFromNotice_IsUnresolved()
    {
        var builder = new NoticeBuilder().Dated(2020, 9, 1)
            .Mention(0, "- Như Điều 4;", "Như Điều 4", reference: new MentionReference(4))
            .RawLine("- Như Điều 4;");

        var unresolved = Assert.Single(Resolve(builder).Unresolved);
        Assert.Contains("Điều 4", unresolved.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_ArchiveMention_IsNeverARecipient()
    {
        var builder = new NoticeBuilder().Dated(2020, 7, 20)
            .Line("- Sở Y tế;")
            .Line("- Lưu: VT, THNC (ĐTK).", "Văn thư", "Phòng Tổng hợp - Nội chính");

        var resolved = Resolve(builder);

        Assert.Equal(["so-yt"], Ids(resolved));
        Assert.Empty(resolved.Unresolved);
    }

    [Fact]
    public void Resolve_LeadAbsentFromNoiNhan_Warns()
    {
        var builder = new NoticeBuilder().Dated(2020, 7, 20)
            .Task("(1)", "1.", "Sở Y tế chủ trì, phối hợp với Sở Tài chính tham mưu ...",
                new TaskAgency("Sở Y tế", AgencyRole.Lead), new TaskAgency("Sở Tài chính", AgencyRole.Coordinator))
            .Line("- Sở Tài chính;");

        var warning = Assert.Single(Resolve(builder).Warnings, w => w.Code == "assigned-not-recipient");
        Assert.Contains("Sở Y tế", warning.Message, StringComparison.Ordinal);
        Assert.Contains("(1)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_LineResolvingToNothing_Warns()
    {
        var resolved = Resolve(new NoticeBuilder().Dated(2020, 7, 20).Line("- Sở Y tế;").Line("- Công ty TNHH Ánh Dương;"));

        var warning = Assert.Single(resolved.Warnings);
        Assert.Equal("line-unresolved", warning.Code);
        Assert.Contains("Ánh Dương", warning.Message, StringComparison.Ordinal);
        Assert.Single(resolved.Unresolved);
    }

    [Fact]
    public void Resolve_TaskNamingAnAgencyDirectly_RanksNamedAboveField()
    {
        var builder = new NoticeBuilder().Dated(2020, 7, 20)
            .Task("(1)", "1.", "Tổ chức tốt kỳ thi tốt nghiệp THPT năm 2020.")
            .Task("(2)", "1.", "Sở Giáo dục và Đào tạo rà soát mạng lưới trường học.")
            .Line("- Sở GD&ĐT;");

        var excerpts = Assert.Single(Resolve(builder).Recipients).Excerpts;

        Assert.Equal([("(2)", ExcerptReason.Named), ("(1)", ExcerptReason.Field)], excerpts.Select(e => (e.TaskLabel, e.Reason)));
    }

    [Fact]
    public void Resolve_ParentTaskRepeatingItsChildsAgencies_WarnsOnce()
    {
        var builder = new NoticeBuilder().Dated(2020, 7, 20)
            .Task("II.", null, "1. Sở Y tế chủ trì tổ chức tập huấn.", new TaskAgency("Sở Y tế", AgencyRole.Lead))
            .Task("1.", "II.", "Sở Y tế chủ trì tổ chức tập huấn.", new TaskAgency("Sở Y tế", AgencyRole.Lead))
            .Line("- Sở Tài chính;");

        var warning = Assert.Single(Resolve(builder).Warnings, w => w.Code == "assigned-not-recipient");
        Assert.Contains("II.", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_CodeTheLexiconFindsAmbiguousButTheDirectoryKnowsAsPrinted_IsNoLongerDoubtful()
    {
        var mention = new RecipientMention(0, "BTC Tỉnh ủy", "BTC Tỉnh ủy", false, null, DoubtReasons: ["several-candidates: BTC = Bộ Tài chính | Ban Tổ chức"], Confidence: 0.65);
        var notice = new NoticeBuilder().Dated(2020, 7, 20).RawLine("- BTC Tỉnh ủy;").Build() with { Recipients = [mention] };

        var resolved = Resolver.Resolve(notice);

        var source = Assert.Single(Assert.Single(resolved.Recipients).Sources);
        Assert.False(source.Doubtful);
        Assert.Contains(source.Evidence!, e => e.StartsWith("directory: ", StringComparison.Ordinal));
        Assert.False(resolved.NeedsReview);
    }

    [Fact]
    public void Resolve_MentionMatchingNoDirectoryName_IsDoubtfulAndTheNoticeNeedsReview()
    {
        var resolved = Resolve(new NoticeBuilder().Dated(2020, 7, 20).Line("- Sở Thiên văn Giả định;").Line("- Sở Y tế;"));

        var unresolved = Assert.Single(resolved.Unresolved);
        Assert.Contains("not-in-directory", unresolved.Mention.DoubtReasons!);
        Assert.True(resolved.NeedsReview);
    }

    [Fact]
    public void Resolve_AcronymOfOneDirectoryName_ResolvesToItWithEvidence()
    {
        var mention = new RecipientMention(0, "BQLDAĐTXDT", "BQLDAĐTXDT", false, null, DoubtReasons: ["unknown-abbreviation: BQLDAĐTXDT"], Confidence: 0.65);
        var notice = new NoticeBuilder().Dated(2020, 7, 20).RawLine("- BQLDAĐTXDT;").Build() with { Recipients = [mention] };

        var resolved = Resolver.Resolve(notice);

        var recipient = Assert.Single(resolved.Recipients);
        Assert.Equal("bqlda-dtxd", recipient.Entry.Id);
        var source = Assert.Single(recipient.Sources);
        Assert.False(source.Doubtful);
        Assert.Contains(source.Evidence!, e => e.StartsWith("directory initials: ", StringComparison.Ordinal));
    }
}
