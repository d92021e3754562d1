using LangSon.Notify.Understanding.Parsing;
using LangSon.Notify.Understanding.Resolution;
using LangSon.Notify.Understanding.Tests.Support;

namespace LangSon.Notify.Understanding.Tests.Resolution;

/// <summary>What an agency reads: directive items only, its own first, long items cut to the sentences that concern it.</summary>
public sealed class ExcerptSelectionTests
{
    private static readonly NoticeResolver Resolver = new(Directories.SeedCatalog);

    private static IReadOnlyList<Excerpt> ExcerptsOf(NoticeBuilder builder, string id) =>
        Assert.Single(Resolver.Resolve(builder.Build()).Recipients, r => r.Entry.Id == id).Excerpts;

    [Fact]
    public void Build_DescriptiveSectionNamingTheAgency_GivesNoExcerpt()
    {
        var builder = new NoticeBuilder().Dated(2020, 9, 2)
            .DescriptiveSection("1.", "Kết quả đạt được trong quý III", "Sở Tài chính đã hoàn thành thẩm định dự toán ngân sách của các đơn vị.")
            .DescriptiveTask("1.", "1.", "Sở Tài chính đã hoàn thành thẩm định dự toán ngân sách của các đơn vị.")
            .Section("2.", "Nhiệm vụ quý IV", "Sở Tài chính chủ trì rà soát các khoản chi thường xuyên.")
            .TaskDue("2.", "2.", "Sở Tài chính chủ trì rà soát các khoản chi thường xuyên.", new DateOnly(2020, 11, 15), new TaskAgency("Sở Tài chính", AgencyRole.Lead))
            .Line("- Sở Tài chính;");

        var excerpts = ExcerptsOf(builder, "so-tc");

        var only = Assert.Single(excerpts);
        Assert.Equal(("2.", ExcerptReason.Lead), (only.TaskLabel, only.Reason));
        Assert.DoesNotContain(excerpts, e => e.Text.Contains("đã hoàn thành thẩm định", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_TasksOfEveryRole_LeadThenCoordinatorThenNamedThenGroupThenRelated_EachByDueDate()
    {
        var builder = new NoticeBuilder().Dated(2020, 9, 2)
            .Section("1.", "Nhiệm vụ trọng tâm")
            .TaskDue("(1)", "1.", "Sở Công Thương phối hợp với Sở Tài chính kiểm tra giá vật liệu.", new DateOnly(2020, 10, 1),
                new TaskAgency("Sở Công Thương", AgencyRole.Coordinator), new TaskAgency("Sở Tài chính", AgencyRole.Lead))
            .TaskDue("(2)", "1.", "Sở Công Thương chủ trì tổng kết chương trình khuyến công.", new DateOnly(2020, 12, 20), new TaskAgency("Sở Công Thương", AgencyRole.Lead))
            .TaskDue("(3)", "1.", "Sở Công Thương chủ trì lập danh mục chợ cần cải tạo.", new DateOnly(2020, 10, 30), new TaskAgency("Sở Công Thương", AgencyRole.Lead))
            .Task("(4)", "1.", "Các sở, ban, ngành rà soát thủ tục hành chính thuộc thẩm quyền.")
            .Task("(5)", "1.", "Đẩy mạnh xuất nhập khẩu chính ngạch qua các lối mở biên giới.")
            .Task("(6)", "1.", "Giao Sở Công Thương báo cáo tình hình thị trường hằng tháng.")
            .Line("- Các sở, ban, ngành;", "Các sở, ban, ngành");

        var excerpts = ExcerptsOf(builder, "so-ct");

        Assert.Equal(
            [("(3)", ExcerptReason.Lead), ("(2)", ExcerptReason.Lead), ("(1)", ExcerptReason.Coordinator), ("(6)", ExcerptReason.Named), ("(4)", ExcerptReason.Group), ("(5)", ExcerptReason.Field)],
            excerpts.Select(e => (e.TaskLabel, e.Reason)));
    }

    [Fact]
    public void Build_FieldMatchOnALongItem_IsOneLineMarkedPossiblyRelated()
    {
        var filler = string.Join(' ', Enumerable.Repeat("Bảo đảm tiến độ, chất lượng và hiệu quả của từng công trình.", 20));
        var builder = new NoticeBuilder().Dated(2020, 9, 2)
            .Section("1.", "Nhiệm vụ")
            .Task("(1)", "1.", $"Tăng cường quản lý thu ngân sách trên địa bàn. {filler}")
            .Line("- Sở Tài chính;");

        var line = Assert.Single(ExcerptsOf(builder, "so-tc"), e => e.Reason == ExcerptReason.Field);

        Assert.StartsWith("có thể liên quan", line.Why, StringComparison.Ordinal);
        Assert.True(line.Text.Split(' ').Length <= ExcerptBuilder.RelatedLineWords + 1, line.Text);
        Assert.StartsWith("Tăng cường quản lý thu ngân sách", line.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LongItem_KeepsTheOpeningAndTheSentencesNamingTheAgency()
    {
        var filler = string.Join(' ', Enumerable.Repeat("Các địa phương bảo đảm vệ sinh môi trường tại nơi công cộng.", 12));
        var builder = new NoticeBuilder().Dated(2020, 9, 2)
            .Section("1.", "Nhiệm vụ")
            .Task("(1)", "1.", $"Chuẩn bị chu đáo cho mùa lễ hội đầu năm. {filler} Sở Văn hóa, Thể thao và Du lịch chủ trì kiểm tra các điểm di tích. {filler}",
                new TaskAgency("Sở Văn hóa, Thể thao và Du lịch", AgencyRole.Lead))
            .Line("- Sở Văn hóa, Thể thao và Du lịch;");

        var excerpt = Assert.Single(ExcerptsOf(builder, "so-vhttdl"), e => e.TaskLabel == "(1)");

        Assert.Equal(ExcerptReason.Lead, excerpt.Reason);
        Assert.StartsWith("Chuẩn bị chu đáo cho mùa lễ hội đầu năm.", excerpt.Text, StringComparison.Ordinal);
        Assert.Contains("chủ trì kiểm tra các điểm di tích.", excerpt.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("vệ sinh môi trường", excerpt.Text, StringComparison.Ordinal);
    }
}
