using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Tests.Support;

namespace LangSon.Notify.Understanding.Tests.Parsing;

public sealed class NoticeParserTests
{
    private static readonly NoticeParser Parser = new();

    [Fact]
    public void Parse_SeedNotice_ReadsMetadataWithBlankNumberAndDay()
    {
        var notice = Parser.Parse(Fixtures.SeedText());

        var d = notice.Document;
        Assert.Equal("Thông báo", d.Type);
        Assert.Null(d.Number);
        Assert.Equal("TB-UBND", d.Symbol);
        Assert.Equal("Lạng Sơn", d.Place);
        Assert.Equal(new NoticeDate(2020, 7, null), d.Date);
        Assert.Null(d.Date.ToDateOnly());
        Assert.Equal(new DateOnly(2020, 7, 1), d.Date.EffectiveDate());
        Assert.StartsWith("Kết luận của đồng chí Hồ Tiến Thiệu", d.Title);
        Assert.EndsWith("triển khai nhiệm vụ trọng tâm 6 tháng cuối năm 2020", d.Title);
        Assert.Equal("Ủy ban nhân dân tỉnh Lạng Sơn", d.Issuer);
        Assert.Equal(new Signer("TL.", "Chánh Văn phòng", "Phạm Hùng Trường"), d.Signer);
        Assert.Contains(notice.Warnings, w => w.Code == "number-blank");
        Assert.Contains(notice.Warnings, w => w.Code == "day-blank");
    }

    [Fact]
    public void Parse_SeedNotice_FindsTwelveNumberedTasksInSectionThree()
    {
        var notice = Parser.Parse(Fixtures.SeedText());

        var numbered = notice.Tasks.Where(t => t.Label.StartsWith('(')).ToList();
        Assert.Equal(Enumerable.Range(1, 12).Select(n => $"({n})"), numbered.Select(t => t.Label));
        Assert.All(numbered, t => Assert.Equal("3.", t.Section));
        // The second paragraph of a task belongs to it.
        Assert.Contains("Các huyện, thành phố phải tập trung chỉ đạo", numbered[3].Text);
    }

    [Fact]
    public void Parse_SeedTaskSeven_NamesLeadCoordinatorsAndExecutor()
    {
        var task = Parser.Parse(Fixtures.SeedText()).Tasks.Single(t => t.Label == "(7)");

        Assert.Equal(
            [
                new TaskAgency("Sở Kế hoạch và Đầu tư", AgencyRole.Lead),
                new TaskAgency("Các sở, ngành", AgencyRole.Coordinator),
                new TaskAgency("Ủy ban nhân dân huyện, thành phố", AgencyRole.Coordinator),
                new TaskAgency("Ủy ban nhân dân các huyện, thành phố", AgencyRole.Executor),
            ],
            task.Agencies);
    }

    [Fact]
    public void Parse_NoiNhanFlattenedOntoOneLine_ReadsOneItemEachAndTheArchive()
    {
        var notice = Parser.Parse("""
            ỦY BAN NHÂN DÂN
            TỈNH LẠNG SƠN
            Số: 12/UBND-KT
            Lạng Sơn, ngày 3 tháng 3 năm 2026
            V/v báo cáo tiến độ

            Kính gửi: Sở Y tế.

            Nội dung.

            Nơi nhận: - Như trên; - TT Tỉnh ủy; - CT, các PCT UBND tỉnh; - Lưu: VT, KGVX.
            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH
            Vi Thị Lan
            """);

        Assert.Equal(
            ["Như trên", "Thường trực Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh", "Các Phó Chủ tịch Ủy ban nhân dân tỉnh"],
            notice.Recipients.Select(r => r.Mention));
        Assert.Equal(["VT", "KGVX"], notice.Archive);
        Assert.Equal(new Signer("KT.", "Phó Chủ tịch", "Vi Thị Lan"), notice.Document.Signer);
    }

    [Fact]
    public void Parse_SeedNoiNhan_ExpandsEveryLineAndKeepsArchiveApart()
    {
        var notice = Parser.Parse(Fixtures.SeedText());

        Assert.Equal(12, notice.RecipientLines.Count);
        Assert.Equal(["VT", "THNC (ĐTK)"], notice.Archive);
        Assert.DoesNotContain(notice.Recipients, r => r.Line == 11);
        Assert.Equal(
            [
                "Bí thư Tỉnh ủy", "Phó Bí thư Tỉnh ủy",
                "Chủ tịch Hội đồng nhân dân tỉnh", "Các Phó Chủ tịch Hội đồng nhân dân tỉnh",
                "Chủ tịch Ủy ban nhân dân tỉnh", "Các Phó Chủ tịch Ủy ban nhân dân tỉnh",
                "Lãnh đạo Đoàn đại biểu Quốc hội tỉnh",
                "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Các đoàn thể tỉnh",
                "Văn phòng Tỉnh ủy", "Văn phòng Hội đồng nhân dân tỉnh", "Văn phòng Đoàn đại biểu Quốc hội tỉnh",
                "Các sở, ban, ngành",
                "Các Huyện ủy", "Thành ủy",
                "Hội đồng nhân dân các huyện, thành phố", "Ủy ban nhân dân các huyện, thành phố",
                "Báo Lạng Sơn", "Đài Phát thanh và Truyền hình tỉnh",
                "Chánh Văn phòng Ủy ban nhân dân tỉnh", "Phó Chánh Văn phòng Ủy ban nhân dân tỉnh",
                "Các phòng, đơn vị trực thuộc Văn phòng Ủy ban nhân dân tỉnh",
            ],
            notice.Recipients.Select(r => r.Mention));
        Assert.True(notice.Recipients.Single(r => r.Mention == "Các sở, ban, ngành").IsGroup);
        Assert.False(notice.Recipients.Single(r => r.Mention == "Báo Lạng Sơn").IsGroup);
    }

    [Fact]
    public void Parse_CongVanWithKinhGui_ReadsAddresseesUrgencyDeadlinesAndReference()
    {
        var notice = Parser.Parse(Fixtures.NoticeText("cong-van-hoa-toc.txt"));

        var d = notice.Document;
        Assert.Equal("Công văn", d.Type);
        Assert.Equal("845/UBND-KGVX", d.Number);
        Assert.Equal("HỎA TỐC", d.Urgency);
        Assert.Equal(new DateOnly(2020, 8, 5), d.Date.ToDateOnly());
        Assert.Equal("V/v triển khai các biện pháp cấp bách phòng, chống dịch sốt xuất huyết", d.Title);
        Assert.Equal(new Signer("KT.", "Phó Chủ tịch", "Nguyễn Văn An"), d.Signer);
        Assert.Equal(["Sở Y tế", "Sở Giáo dục và Đào tạo", "UBND các huyện, thành phố"], notice.Addressees);
        Assert.Equal("trước ngày 20/8/2020", notice.Tasks.Single(t => t.Label == "1.").Deadline);
        Assert.Contains(new TaskAgency("Sở Giáo dục và Đào tạo", AgencyRole.Executor), notice.Tasks.Single(t => t.Label == "2.").Agencies);

        var asAbove = notice.Recipients.Single(r => r.Line == 0);
        Assert.Equal("Như trên", asAbove.Mention);
        Assert.Equal(new MentionReference(null), asAbove.Reference);
        Assert.Equal("báo cáo", notice.Recipients.Single(r => r.Mention == "Bộ Y tế").Purpose);
        Assert.Equal("đưa tin", notice.Recipients.Single(r => r.Mention == "Đài Phát thanh và Truyền hình tỉnh").Purpose);
    }

    [Fact]
    public void Parse_DecisionWithInterleavedSignature_SeparatesSignatureFromNoiNhan()
    {
        var notice = Parser.Parse(Fixtures.NoticeText("quyet-dinh-dieu-3.txt"));

        Assert.Equal("Quyết định", notice.Document.Type);
        Assert.Equal("05/2021/QĐ-UBND", notice.Document.Number);
        Assert.Equal("Ban hành Quy chế phối hợp quản lý cửa khẩu trên địa bàn tỉnh Lạng Sơn", notice.Document.Title);
        Assert.Equal(new Signer("KT.", "Phó Chủ tịch", "Trần Thị Bình"), notice.Document.Signer);
        Assert.Equal(["Như Điều 3", "Văn phòng Chính phủ", "Bộ Công Thương", "Thường trực Tỉnh ủy", "Các sở, ban, ngành"], notice.Recipients.Select(r => r.Mention));
        Assert.Equal(new MentionReference(3), notice.Recipients[0].Reference);
        Assert.Equal("thực hiện", notice.Recipients[0].Purpose);
        Assert.Equal("để biết", notice.Recipients[^1].Purpose);
        Assert.Equal(["VT", "KT"], notice.Archive);

        var article3 = notice.Tasks.Single(t => t.Label == "Điều 3.");
        Assert.Contains(article3.Agencies, a => a.Mention == "Giám đốc Sở Công Thương");
        Assert.Contains(article3.Agencies, a => a.Mention == "Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh");
    }

    [Fact]
    public void Parse_WebCopyWithMarkdownAndColumns_ReadsLikeTheOriginal()
    {
        var notice = Parser.Parse(Fixtures.NoticeText("ban-sao-tu-web.md"));

        Assert.Equal("112/TB-UBND", notice.Document.Number);
        Assert.Equal(new DateOnly(2020, 9, 21), notice.Document.Date.ToDateOnly());
        Assert.Equal("Kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Văn hóa, Thể thao và Du lịch", notice.Document.Title);
        Assert.Equal(new Signer("TL.", "Chánh Văn phòng", "Lê Văn Cường"), notice.Document.Signer);
        Assert.Equal(
            [
                "Văn phòng Tỉnh ủy", "Văn phòng Hội đồng nhân dân tỉnh", "Văn phòng Đoàn đại biểu Quốc hội tỉnh",
                "Sở Văn hóa, Thể thao và Du lịch", "Sở Kế hoạch và Đầu tư", "Sở Tài chính",
                "Hội đồng nhân dân các huyện, thành phố", "Ủy ban nhân dân các huyện, thành phố",
                "Chánh Văn phòng Ủy ban nhân dân tỉnh", "Phó Chánh Văn phòng Ủy ban nhân dân tỉnh",
            ],
            notice.Recipients.Select(r => r.Mention));
        Assert.All(notice.Recipients.Where(r => r.Line == 2), r => Assert.Equal("thực hiện", r.Purpose));
        Assert.Equal(
            [new TaskAgency("Sở Văn hóa, Thể thao và Du lịch", AgencyRole.Lead), new TaskAgency("Sở Kế hoạch và Đầu tư", AgencyRole.Coordinator), new TaskAgency("Sở Tài chính", AgencyRole.Coordinator)],
            notice.Tasks.Single(t => t.Label == "(1)").Agencies);
    }

    [Fact]
    public void Parse_DraftWithoutNoiNhan_ParsesWithWarnings()
    {
        var notice = Parser.Parse(Fixtures.NoticeText("du-thao-khong-noi-nhan.txt"));

        Assert.Equal("Kế hoạch", notice.Document.Type);
        Assert.Null(notice.Document.Number);
        Assert.Empty(notice.Recipients);
        Assert.Empty(notice.Archive);
        Assert.Equal(["number-blank", "day-blank", "signature-missing", "no-noi-nhan"], notice.Warnings.Select(w => w.Code));
        Assert.Equal("hoàn thành trong tháng 11/2020", notice.Tasks.Last().Deadline);
    }

    [Fact]
    public void Parse_RecipientLineWrappedOntoTheNext_IsOneLine()
    {
        var notice = Parser.Parse("Nơi nhận:\n- Sở Kế hoạch và Đầu tư, Sở Nông nghiệp và Phát\ntriển nông thôn;\n- CT, PCT UBND tỉnh;\n- Lưu: VT.");

        Assert.Equal(3, notice.RecipientLines.Count);
        Assert.Equal(
            ["Sở Kế hoạch và Đầu tư", "Sở Nông nghiệp và Phát triển nông thôn", "Chủ tịch Ủy ban nhân dân tỉnh", "Phó Chủ tịch Ủy ban nhân dân tỉnh"],
            notice.Recipients.Select(r => r.Mention));
    }

    [Fact]
    public void Parse_PlanWithRoleLines_TakesAgenciesFromThem()
    {
        var notice = Parser.Parse("II. NHIỆM VỤ\n1. Rà soát thủ tục hành chính trong lĩnh vực đất đai\n- Chủ trì: Sở Tài nguyên và Môi trường.\n- Phối hợp: Sở Tư pháp, Văn phòng UBND tỉnh và các cơ quan có liên quan.\n- Thời gian thực hiện: trước ngày 30/6/2021.");

        var task = notice.Tasks.Single(t => t.Label == "1.");
        Assert.Equal(
            [
                new TaskAgency("Sở Tài nguyên và Môi trường", AgencyRole.Lead),
                new TaskAgency("Sở Tư pháp", AgencyRole.Coordinator),
                new TaskAgency("Văn phòng Ủy ban nhân dân tỉnh", AgencyRole.Coordinator),
                new TaskAgency("Các cơ quan có liên quan", AgencyRole.Coordinator),
            ],
            task.Agencies);
        Assert.Equal("Thời gian thực hiện: trước ngày 30/6/2021", task.Deadline);
    }

    [Fact]
    public void Parse_NoHeaderAtAll_WarnsInsteadOfThrowing()
    {
        var notice = Parser.Parse("Một đoạn văn bản không có bố cục văn bản hành chính.");

        Assert.Null(notice.Document.Type);
        Assert.Contains(notice.Warnings, w => w.Code == "date-missing");
        Assert.Contains(notice.Warnings, w => w.Code == "no-noi-nhan");
    }

    [Fact]
    public void Parse_RandomAndTruncatedText_NeverThrows()
    {
        var seed = Fixtures.SeedText();
        var random = new Random(20261126);
        for (var i = 0; i < 300; i++)
        {
            var start = random.Next(seed.Length);
            var length = random.Next(seed.Length - start);
            var chars = seed.Substring(start, length).ToCharArray();
            for (var k = 0; k < chars.Length / 50; k++)
            {
                chars[random.Next(chars.Length)] = (char)random.Next(0x20, 0x2FFF);
            }

            var notice = Parser.Parse(new string(chars));

            Assert.NotNull(notice.Document);
        }
    }

    [Fact]
    public void Parse_ListBrokenAfterVa_IsRejoinedAndDistributed()
    {
        var notice = Parser.Parse("Nơi nhận:\n- Giám đốc các Sở: Nội vụ, Y tế, Khoa học và\nCông nghệ;\n- Lưu: VT.");

        Assert.Equal(2, notice.RecipientLines.Count);
        Assert.Equal(["Giám đốc Sở Nội vụ", "Giám đốc Sở Y tế", "Giám đốc Sở Khoa học và Công nghệ"], notice.Recipients.Select(r => r.Mention));
    }

    [Fact]
    public void Parse_PlaceNameWrappedOntoTheNextLine_IsRejoined()
    {
        var notice = Parser.Parse("Nơi nhận:\n- Sở Y tế;\n- Thuế tỉnh\nSơn Cước;\n- Lưu: VT.");

        Assert.Equal(["Sở Y tế", "Thuế tỉnh Sơn Cước"], notice.Recipients.Select(r => r.Mention));
        Assert.All(notice.Recipients, r => Assert.False(r.Doubtful));
    }

    [Fact]
    public void Parse_AddressUnderARecipient_IsDroppedWithAWarning()
    {
        var notice = Parser.Parse("Nơi nhận:\n- Công ty Cổ phần Hoa Mai;\nSố 12 đường Trần Giả, phường Đông Kinh;\n- Lưu: VT.");

        Assert.Equal(["Công ty Cổ phần Hoa Mai"], notice.Recipients.Select(r => r.Mention));
        Assert.Contains(notice.Warnings, w => w.Code == "address-line" && w.Message.Contains("Trần Giả", StringComparison.Ordinal));
    }
}
