using LangSon.Notify.Understanding.Parsing;

namespace LangSon.Notify.Understanding.Tests.Parsing;

public sealed class TaskReadingTests
{
    private static readonly NoticeParser Parser = new();

    private const string Header = """
        ỦY BAN NHÂN DÂN
        TỈNH HÀ GIANG
        Số: 91/KH-UBND Hà Giang, ngày 4 tháng 5 năm 2026
        KẾ HOẠCH
        Phát triển du lịch cộng đồng

        Ủy ban nhân dân tỉnh ban hành kế hoạch như sau.

        """;

    private static IReadOnlyList<(string Mention, AgencyRole Role)> Agencies(NoticeTask task) =>
        task.Agencies.Select(a => (a.Mention, a.Role)).ToList();

    [Fact]
    public void Parse_AssignmentTable_ReadsEachRowWithTheRolesOfItsColumns()
    {
        var text = Header + """
            STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn
            I | Hạ tầng du lịch |   |   |  
            1 | Rà soát các điểm du lịch cộng đồng | Sở Văn hóa, Thể thao và Du lịch | Sở Xây dựng; UBND các xã | Quý III năm 2026
            2 | Xây dựng bộ nhận diện | Trung tâm Xúc tiến
            Đầu tư | Sở Tài chính | Thường xuyên
            """;

        var tasks = Parser.Parse(text).Tasks;

        var first = tasks.Single(t => t.Label == "1." && t.Section == "I.");
        Assert.Equal("Rà soát các điểm du lịch cộng đồng", first.Text);
        Assert.Equal(
            [("Sở Văn hóa, Thể thao và Du lịch", AgencyRole.Lead), ("Sở Xây dựng", AgencyRole.Coordinator), ("Ủy ban nhân dân các xã", AgencyRole.Coordinator)],
            Agencies(first));
        Assert.Equal(new DateOnly(2026, 9, 30), first.DueDate);
        var second = tasks.Single(t => t.Label == "2." && t.Section == "I.");
        Assert.Contains(("Trung tâm Xúc tiến Đầu tư", AgencyRole.Lead), Agencies(second));
        Assert.Null(second.DueDate);
        Assert.DoesNotContain(tasks, t => t.Text.Contains("Cơ quan chủ trì", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_LeadAndPartners_SplitsIntoAgenciesWithRoles()
    {
        var text = Header + "1. Sở Y tế chủ trì, phối hợp với Sở Tài chính, Công an tỉnh và UBND các xã xây dựng phương án.\n";

        var task = Parser.Parse(text).Tasks.Single();

        Assert.Equal(
            [("Sở Y tế", AgencyRole.Lead), ("Sở Tài chính", AgencyRole.Coordinator), ("Công an tỉnh", AgencyRole.Coordinator), ("Ủy ban nhân dân các xã", AgencyRole.Coordinator)],
            Agencies(task));
    }

    [Fact]
    public void Parse_HeadsOfAGroupInTheExecutionArticle_ReadsEachWithItsQualifier()
    {
        var text = Header + "Điều 3. Chánh Văn phòng Bộ, Vụ trưởng các Vụ thuộc Bộ Xây dựng, Thủ trưởng các đơn vị trực thuộc Bộ và Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm thi hành Quyết định này.\n";

        var task = Parser.Parse(text).Tasks.Single();

        Assert.Equal(
            ["Chánh Văn phòng Bộ", "Vụ trưởng các Vụ thuộc Bộ Xây dựng", "Thủ trưởng các đơn vị trực thuộc Bộ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"],
            task.Agencies.Select(a => a.Mention));
        Assert.All(task.Agencies, a => Assert.Equal(AgencyRole.Executor, a.Role));
    }

    [Fact]
    public void Parse_FacilitiesUnderAPositionAndAQualifiedGroupInAList_EachEndsWhereTheNextPartyStarts()
    {
        var text = Header + "1. Thủ trưởng các cơ sở giáo dục trực thuộc Sở chịu trách nhiệm rà soát; các cơ sở lưu trú cập nhật số liệu.\n"
            + "2. Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương, doanh nghiệp và người dân phối hợp thực hiện.\n";

        var tasks = Parser.Parse(text).Tasks;

        Assert.Equal(["Thủ trưởng các cơ sở giáo dục trực thuộc Sở"], tasks[0].Agencies.Select(a => a.Mention));
        Assert.Equal("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", tasks[1].Agencies[0].Mention);
    }

    [Theory]
    [InlineData("1. Ủy ban nhân dân tỉnh tự đánh giá kết quả và báo cáo Chính phủ.", "Ủy ban nhân dân tỉnh")]
    [InlineData("1. UBND huyện công khai danh sách hộ được hỗ trợ.", "Ủy ban nhân dân huyện")]
    [InlineData("1. Chủ tịch UBND xã ban hành quy chế phối hợp trước ngày 30/6.", "Chủ tịch Ủy ban nhân dân xã")]
    [InlineData("1. Bảo hiểm xã hội tỉnh rà soát đối tượng tham gia.", "Bảo hiểm xã hội tỉnh")]
    [InlineData("1. Ban Thường vụ tỉnh ủy lãnh đạo việc sắp xếp.", "Ban Thường vụ tỉnh ủy")]
    [InlineData("1. Ban Quản lý dự án đầu tư xây dựng tỉnh khẩn trương hoàn thiện hồ sơ.", "Ban Quản lý dự án đầu tư xây dựng tỉnh")]
    [InlineData("1. Sở Khoa học và Công nghệ mở rộng vùng phủ sóng.", "Sở Khoa học và Công nghệ")]
    [InlineData("1. Kiểm toán khu vực IV thực hiện kiểm toán dự án.", "Kiểm toán khu vực IV")]
    [InlineData("1. Các thành viên Ban Chỉ đạo tỉnh đôn đốc thực hiện.", "Các thành viên Ban Chỉ đạo tỉnh")]
    [InlineData("1. Chủ trì: Đồng chí Phó Chủ tịch UBND tỉnh.", "Phó Chủ tịch Ủy ban nhân dân tỉnh")]
    [InlineData("1. Sở Tư pháp (Phòng Pháp chế) ban hành hướng dẫn.", "Sở Tư pháp (Phòng Pháp chế)")]
    [InlineData("1. Các cơ quan, đơn vị liên quan duy trì Trang thông tin.", "Các cơ quan, đơn vị liên quan")]
    [InlineData("1. UBND các xã, phường, đặc khu cập nhật danh mục thủ tục.", "Ủy ban nhân dân các xã, phường, đặc khu")]
    [InlineData("1. Các doanh nghiệp viễn thông trên địa bàn bảo đảm hạ tầng.", "Các doanh nghiệp viễn thông")]
    public void Parse_PlaceLevelFollowedByAVerb_EndsTheNameAtThePlace(string line, string agency)
    {
        var task = Parser.Parse(Header + line + "\n").Tasks.Single();

        Assert.Equal(agency, Assert.Single(task.Agencies).Mention);
    }

    [Theory]
    [InlineData("1. Đề nghị Báo và Phát thanh, Truyền hình Lạng Sơn, Trung tâm Y tế tăng cường tuyên truyền.", "Báo và Phát thanh, Truyền hình Lạng Sơn")]
    [InlineData("1. Đề nghị Báo và Phát Thanh, Truyền Hình tỉnh, Trung tâm Y tế tăng cường tuyên truyền.", "Báo và Phát Thanh, Truyền Hình tỉnh")]
    public void Parse_BodyWhoseNameGoesOnInLowerCaseAfterItsHead_IsReadWhole(string line, string body)
    {
        var task = Parser.Parse(Header + line + "\n").Tasks.Single();

        Assert.Equal([body, "Trung tâm Y tế"], task.Agencies.Select(a => a.Mention));
    }

    [Fact]
    public void Parse_SharedHeadBrokenAcrossLines_DistributesItOverTheListedNames()
    {
        var text = Header + """
            Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Nội vụ, Tài chính, Khoa học và
            Công nghệ, Cục trưởng Cục Thuế tỉnh và Thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.
            """;

        var mentions = Parser.Parse(text).Tasks.Single().Agencies.Select(a => a.Mention).ToList();

        Assert.Contains("Sở Nội vụ", mentions);
        Assert.Contains("Sở Tài chính", mentions);
        Assert.Contains("Sở Khoa học và Công nghệ", mentions);
        Assert.Contains("Thủ trưởng các đơn vị có liên quan", mentions);
        Assert.DoesNotContain(mentions, m => m.Contains("Công nghệ, Cục", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_LeadInWithSubItems_SharesItsAssigneeAndGathersTheirs()
    {
        var text = Header + """
            Điều 2. Công ty cổ phần Chè Tây Côn Lĩnh có trách nhiệm:
            1. Dừng khai thác tại đồi chè số 4.
            2. Báo cáo Sở Nông nghiệp và Môi trường kết quả thực hiện.
            Điều 3. Quyết định có hiệu lực kể từ ngày ký.
            """;

        var tasks = Parser.Parse(text).Tasks;

        Assert.Contains(tasks.Single(t => t.Label == "1.").Agencies, a => a.Mention.StartsWith("Công ty cổ phần Chè Tây Côn Lĩnh", StringComparison.Ordinal) && a.Role == AgencyRole.Executor);
        Assert.Contains(tasks.Single(t => t.Label == "2.").Agencies, a => a.Mention.StartsWith("Công ty cổ phần", StringComparison.Ordinal));
        Assert.Contains(tasks.Single(t => t.Label == "Điều 2.").Agencies, a => a.Mention == "Sở Nông nghiệp và Môi trường");
    }

    [Fact]
    public void Parse_AgencyHeadingItem_StopsTheNameAtItsColon()
    {
        var text = Header + """
            III. TỔ CHỨC THỰC HIỆN
            1. Sở Du lịch: Chủ trì, phối hợp với các đơn vị có liên quan tổ chức hội chợ.
            2. Trung tâm Phát triển quỹ đất tỉnh rà soát mặt bằng.
            """;

        var tasks = Parser.Parse(text).Tasks;

        Assert.Contains(tasks.Single(t => t.Label == "1.").Agencies, a => a.Mention == "Sở Du lịch");
        Assert.Contains(tasks.Single(t => t.Label == "1.").Agencies, a => a.Mention == "Các đơn vị có liên quan");
        Assert.Contains(tasks.Single(t => t.Label == "2.").Agencies, a => a.Mention == "Trung tâm Phát triển quỹ đất tỉnh");
    }

    [Fact]
    public void Parse_ItemThatIsOnlyANameOverSubItems_HeadsThemLikeALeadInWithAColon()
    {
        var text = Header + """
            III. TỔ CHỨC THỰC HIỆN
            1. Trung tâm Y tế khu vực
            a) Bố trí kinh phí tổ chức tiêm chủng.
            b) Phối hợp với Sở Tài chính đề xuất bổ sung dự toán.
            2. Sở Nội vụ tổng hợp kết quả.
            """;

        var tasks = Parser.Parse(text).Tasks;

        var heading = tasks.Single(t => t.Label == "1.");
        Assert.Equal(AgencyRole.Executor, heading.Agencies.Single(a => a.Mention == "Trung tâm Y tế khu vực").Role);
        Assert.Contains(heading.Agencies, a => a.Mention == "Sở Tài chính");
        Assert.Contains(tasks.Single(t => t.Label == "a)").Agencies, a => a.Mention == "Trung tâm Y tế khu vực");
    }

    [Theory]
    [InlineData("Trách nhiệm của Sở Nội vụ, Sở Tư pháp")]
    [InlineData("Nhiệm vụ của Sở Nội vụ, Sở Tư pháp")]
    public void Parse_ResponsibilityHeadingOverSubItems_ChargesTheBodiesItNames(string heading)
    {
        var text = Header + $"""
            III. TỔ CHỨC THỰC HIỆN
            1. {heading}
            a) Xây dựng kế hoạch khắc phục hạn chế.
            b) Báo cáo kết quả trước ngày 30/11.
            """;

        var tasks = Parser.Parse(text).Tasks;

        Assert.Equal(
            [("Sở Nội vụ", AgencyRole.Executor), ("Sở Tư pháp", AgencyRole.Executor)],
            tasks.Single(t => t.Label == "1.").Agencies.Select(a => (a.Mention, a.Role)));
        Assert.Contains(tasks.Single(t => t.Label == "b)").Agencies, a => a.Mention == "Sở Tư pháp");
    }

    [Theory]
    [InlineData("1. Giao Sở Nông nghiệp và Môi trường chủ trì, cùng Sở Tư pháp kiểm tra.", "Sở Tư pháp", AgencyRole.Coordinator)]
    [InlineData("1. Sở Tài chính bố trí kinh phí cho UBND các xã, phường.", "Ủy ban nhân dân các xã, phường", AgencyRole.Mentioned)]
    [InlineData("1. Giao cho Sở Tư pháp tổ chức tập huấn.", "Sở Tư pháp", AgencyRole.Executor)]
    public void Parse_BodyTheTaskIsDoneFor_IsAPartyToIt(string line, string body, AgencyRole role)
    {
        var task = Parser.Parse(Header + line + "\n").Tasks.Single();

        Assert.Equal(role, task.Agencies.Single(a => a.Mention == body).Role);
    }

    [Fact]
    public void Parse_RepresentativeOfACompanyCharged_NamesTheCompanyWholeAndEndsThePlaceBeforeIt()
    {
        var task = Parser.Parse(Header + "Điều 3. Chủ tịch UBND xã Tân Hòa, huyện Hữu Lũng, Người đại diện theo pháp luật của Công ty cổ phần Đầu tư phát triển công nghiệp Hòa Bình và Thủ trưởng các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này.\n").Tasks.Single();

        Assert.Equal(
            ["Chủ tịch Ủy ban nhân dân xã Tân Hòa, huyện Hữu Lũng", "Công ty cổ phần Đầu tư phát triển công nghiệp Hòa Bình", "Thủ trưởng các đơn vị liên quan"],
            task.Agencies.Select(a => a.Mention));
    }

    [Fact]
    public void Parse_CompanyAskedToCarryOutADocument_EndsTheNameBeforeTheVerb()
    {
        var task = Parser.Parse(Header + "1. Công ty TNHH Hòa Bình triển khai Kế hoạch này.\n").Tasks.Single();

        Assert.Equal("Công ty trách nhiệm hữu hạn Hòa Bình", Assert.Single(task.Agencies).Mention);
    }

    [Theory]
    [InlineData("1. Các sở, ban, ngành, các cơ quan Trung ương đóng trên địa bàn tỉnh xây dựng kế hoạch.", "Các sở, ban, ngành|Các cơ quan Trung ương đóng trên địa bàn tỉnh")]
    [InlineData("1. Các cấp, các ngành quan tâm bố trí nguồn lực.", "Các cấp, các ngành")]
    [InlineData("1. UBND xã Chi Lăng và xã Quan Sơn đẩy nhanh giải phóng mặt bằng.", "Ủy ban nhân dân xã Chi Lăng|Ủy ban nhân dân xã Quan Sơn")]
    [InlineData("1. Sở Nội vụ phối hợp với chính quyền các cấp tổ chức phong trào.", "Sở Nội vụ|Chính quyền các cấp")]
    [InlineData("1. Đề nghị cấp ủy, chính quyền các cấp quan tâm chỉ đạo.", "Cấp ủy, chính quyền các cấp")]
    public void Parse_GroupsCoordinatedWithCac_SplitOnlyWhereTheSecondHasANameOfItsOwn(string line, string expected)
    {
        var task = Parser.Parse(Header + line + "\n").Tasks.Single();

        Assert.Equal(expected.Split('|'), task.Agencies.Select(a => a.Mention));
    }

    [Fact]
    public void Parse_SetOfProceduresWrittenWithBo_IsNotAMinistry()
    {
        var task = Parser.Parse(Header + "1. Văn phòng UBND tỉnh cập nhật Bộ TTHC mới trên Cổng dịch vụ công.\n").Tasks.Single();

        Assert.Equal("Văn phòng Ủy ban nhân dân tỉnh", Assert.Single(task.Agencies).Mention);
    }

    [Fact]
    public void Parse_ResponsibilityOfABodyInsideASentence_IsNotAnAssignment()
    {
        var task = Parser.Parse(Header + "1. Làm rõ trách nhiệm của Sở Xây dựng trong việc chậm tiến độ.\n").Tasks.Single();

        Assert.DoesNotContain(task.Agencies, a => a.Role == AgencyRole.Executor);
    }

    [Fact]
    public void Parse_AttachedPlan_EndsTheLastArticleAndReadsItsOwnNumbering()
    {
        var text = Header + """
            Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động.
            Điều 2. Sở Tư pháp theo dõi việc thi hành.
            CHƯƠNG TRÌNH HÀNH ĐỘNG
            I. MỤC TIÊU
            II. NHIỆM VỤ
            1. Sở Xây dựng chủ trì lập quy hoạch.
            1.1. Phòng Quản lý đô thị khảo sát hiện trạng.
            a) Đo đạc các tuyến phố.
            """;

        var tasks = Parser.Parse(text).Tasks;

        var article = tasks.Single(t => t.Label == "Điều 2.");
        Assert.DoesNotContain("Sở Xây dựng", article.Text, StringComparison.Ordinal);
        Assert.Equal("II.", tasks.Single(t => t.Label == "1.").Section);
        Assert.Equal("1.", tasks.Single(t => t.Label == "1.1.").Section);
        Assert.Equal("1.1.", tasks.Single(t => t.Label == "a)").Section);
    }

    [Fact]
    public void Parse_UnknownCodeInATaskAgency_IsDoubtful()
    {
        var text = Header + "1. Giao Trung tâm QXTV chủ trì tổ chức lễ hội.\n";

        var agency = Parser.Parse(text).Tasks.Single().Agencies.Single();

        Assert.True(agency.Doubtful);
        Assert.Contains(agency.DoubtReasons!, r => r.Contains("QXTV", StringComparison.Ordinal));
        Assert.True(agency.Confidence < 1);
    }
}
