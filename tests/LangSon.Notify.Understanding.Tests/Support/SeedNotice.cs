using System.Text.RegularExpressions;
using LangSon.Notify.Understanding.Parsing;

namespace LangSon.Notify.Understanding.Tests.Support;

/// <summary>
/// The seed notice (seeds/seed-notice.txt) as the parser is specified to read it: sections "1."–"4.", tasks "(1)"–"(12)"
/// in section 3, and the Nơi nhận mentions with abbreviations expanded and shared heads distributed. Written by hand
/// so the resolver can be tested before and independently of the parser.
/// </summary>
internal static partial class SeedNotice
{
    public const int ArchiveLine = 11;

    [GeneratedRegex(@"^(\d)\.\s+(.+)$")]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"^\((\d+)\)\s")]
    private static partial Regex TaskStart();

    public static string Text => File.ReadAllText(Path.Combine(Directories.SeedFolder, "seed-notice.txt"));

    public static ParsedNotice Build() => Builder().Build();

    public static NoticeBuilder Builder()
    {
        var builder = new NoticeBuilder().Dated(2020, 7, null);
        AddBody(builder);
        builder
            .Line("- Bí thư, Phó Bí thư Tỉnh ủy;", "Bí thư Tỉnh ủy", "Phó Bí thư Tỉnh ủy")
            .Line("- Chủ tịch, các Phó Chủ tịch HĐND tỉnh;", "Chủ tịch Hội đồng nhân dân tỉnh", "Các Phó Chủ tịch Hội đồng nhân dân tỉnh")
            .Line("- Chủ tịch, các Phó Chủ tịch UBND tỉnh;", "Chủ tịch Ủy ban nhân dân tỉnh", "Các Phó Chủ tịch Ủy ban nhân dân tỉnh")
            .Line("- Lãnh đạo Đoàn ĐBQH tỉnh;", "Lãnh đạo Đoàn đại biểu Quốc hội tỉnh")
            .Line("- Ủy ban MTTQ và các đoàn thể tỉnh;", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Các đoàn thể tỉnh")
            .Line("- Các VP: TU, HĐND tỉnh, Đoàn ĐBQH tỉnh;", "Văn phòng Tỉnh ủy", "Văn phòng Hội đồng nhân dân tỉnh", "Văn phòng Đoàn đại biểu Quốc hội tỉnh")
            .Line("- Các sở, ban, ngành;", "Các sở, ban, ngành")
            .Line("- Các Huyện ủy, Thành ủy;", "Các Huyện ủy", "Thành ủy")
            .Line("- HĐND, UBND các huyện, thành phố;", "Hội đồng nhân dân các huyện, thành phố", "Ủy ban nhân dân các huyện, thành phố")
            .Line("- Báo Lạng Sơn, Đài PT và TH tỉnh;", "Báo Lạng Sơn", "Đài Phát thanh và Truyền hình tỉnh")
            .Line("- C, PVP UBND tỉnh, các phòng, đơn vị trực thuộc VP;", "Chánh Văn phòng Ủy ban nhân dân tỉnh", "Phó Chánh Văn phòng Ủy ban nhân dân tỉnh", "Các phòng, đơn vị trực thuộc Văn phòng Ủy ban nhân dân tỉnh")
            .AsGroup("Phó Bí thư Tỉnh ủy")
            .RawLine("- Lưu: VT, THNC (ĐTK).")
            .Archive("VT", "THNC (ĐTK)");
        return builder;
    }

    private static void AddBody(NoticeBuilder builder)
    {
        var body = Text.Split("Nơi nhận:")[0];
        var paragraphs = body.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        string? sectionLabel = null;
        string? heading = null;
        var sectionParagraphs = new List<string>();
        string? taskLabel = null;
        var taskParagraphs = new List<string>();

        void FlushTask()
        {
            if (taskLabel is not null)
            {
                builder.Task(taskLabel, sectionLabel, string.Join("\n", taskParagraphs), AgenciesOf(taskLabel));
            }

            taskLabel = null;
            taskParagraphs.Clear();
        }

        void FlushSection()
        {
            FlushTask();
            if (sectionLabel is not null || sectionParagraphs.Count > 0)
            {
                builder.Section(sectionLabel, heading, [.. sectionParagraphs]);
            }

            sectionParagraphs.Clear();
        }

        foreach (var paragraph in paragraphs)
        {
            if (SectionHeading().Match(paragraph) is { Success: true } h && paragraph.Length < 120)
            {
                FlushSection();
                sectionLabel = h.Groups[1].Value + ".";
                heading = h.Groups[2].Value;
                continue;
            }

            if (sectionLabel is null)
            {
                continue;
            }

            sectionParagraphs.Add(paragraph);
            if (TaskStart().Match(paragraph) is { Success: true } t)
            {
                FlushTask();
                taskLabel = $"({t.Groups[1].Value})";
            }

            if (taskLabel is not null)
            {
                taskParagraphs.Add(paragraph);
            }
        }

        FlushSection();
    }

    // The roles the parser issue asks for in the seed: (7) names its lead and coordinators; (1) and (5) charge "các cấp, các ngành".
    private static TaskAgency[] AgenciesOf(string label) => label switch
    {
        "(1)" or "(5)" => [new TaskAgency("các cấp, các ngành", AgencyRole.Executor)],
        "(7)" =>
        [
            new TaskAgency("Sở Kế hoạch và Đầu tư", AgencyRole.Lead),
            new TaskAgency("các sở, ngành", AgencyRole.Coordinator),
            new TaskAgency("UBND huyện, thành phố", AgencyRole.Coordinator),
            new TaskAgency("UBND các huyện, thành phố", AgencyRole.Executor),
        ],
        _ => [],
    };
}
