using LangSon.Notify.Understanding.Directory;
using LangSon.Notify.Understanding.Parsing;

namespace LangSon.Notify.Benchmarks;

/// <summary>
/// A 2,000-entry directory and a 300-line Nơi nhận block in the shapes real notices use: exact names, abbreviations,
/// "HĐND, UBND xã X" cross products, positions, groups and a few misspellings that fall through to fuzzy matching.
/// </summary>
internal static class SyntheticDirectory
{
    private static readonly string[] Syllables =
    [
        "An", "Bình", "Cao", "Đồng", "Hòa", "Hưng", "Khánh", "Lộc", "Minh", "Nam", "Phú", "Quang", "Sơn", "Tân", "Thành",
        "Thiện", "Trung", "Văn", "Vĩnh", "Xuân", "Yên", "Hồng", "Kim", "Long", "Mai", "Ngọc", "Phúc", "Quý", "Tiến", "Việt",
    ];

    private static readonly string[] Fields =
    [
        "Nông nghiệp", "Môi trường", "Tài chính", "Đầu tư", "Xây dựng", "Giao thông", "Công nghiệp", "Thương mại", "Du lịch",
        "Văn hóa", "Thể thao", "Giáo dục", "Đào tạo", "Y tế", "Dân số", "Lao động", "Việc làm", "Khoa học", "Công nghệ",
        "Truyền thông", "Nội vụ", "Tư pháp", "Ngoại vụ", "Dân tộc", "Tôn giáo", "Thanh tra", "Kế hoạch", "Thống kê",
        "Hải quan", "Thuế", "Kho bạc", "Bảo hiểm", "Điện lực", "Thủy lợi", "Lâm nghiệp", "Khoáng sản", "Đất đai", "Quy hoạch",
        "Phát triển", "Hợp tác",
    ];

    public const int Communes = 300;
    public const int Departments = 1_100;

    public static string Commune(int i) => $"{Syllables[i % Syllables.Length]} {Syllables[(i / Syllables.Length + i) % Syllables.Length]} {i / Syllables.Length + 1}";

    public static string Department(int i) => $"Sở {Fields[i % Fields.Length]} và {Fields[(i / Fields.Length + 1 + i) % Fields.Length]} số {i + 1}";

    public static AgencyDirectory Build()
    {
        var entries = new List<DirectoryEntry>();
        var contacts = new Contacts { Emails = ["synthetic@langson.example"], Mobiles = ["+84999555000"] };
        for (var i = 0; i < Communes; i++)
        {
            var name = Commune(i);
            entries.Add(new DirectoryEntry { Id = $"ubnd-xa-{i}", Name = $"Ủy ban nhân dân xã {name}", Kind = "organisation", Groups = ["ubnd-xa"], Contacts = contacts });
            entries.Add(new DirectoryEntry { Id = $"hdnd-xa-{i}", Name = $"Hội đồng nhân dân xã {name}", Kind = "organisation", Groups = ["hdnd-xa"], Contacts = contacts });
            entries.Add(new DirectoryEntry { Id = $"ct-ubnd-xa-{i}", Name = $"Chủ tịch UBND xã {name}", Kind = "position", Parent = $"ubnd-xa-{i}", Contacts = contacts });
        }

        for (var i = 0; i < Departments; i++)
        {
            entries.Add(new DirectoryEntry
            {
                Id = $"so-{i}",
                Name = Department(i),
                ShortNames = [$"SỞ-{i}"],
                Kind = "organisation",
                Groups = [$"khoi-{i % 20}"],
                Fields = [Fields[i % Fields.Length].ToLowerInvariant()],
                Contacts = contacts,
            });
        }

        var groups = new List<DirectoryGroup>
        {
            new() { Id = "ubnd-xa", Name = "UBND các xã", Aliases = ["UBND xã"] },
            new() { Id = "hdnd-xa", Name = "HĐND các xã" },
        };
        groups.AddRange(Enumerable.Range(0, 20).Select(k => new DirectoryGroup { Id = $"khoi-{k}", Name = $"Các đơn vị khối {k + 1}" }));
        return new AgencyDirectory("Lạng Sơn", new DateOnly(2025, 7, 1), null, entries, groups, "synthetic");
    }

    public static ParsedNotice Notice()
    {
        var lines = new List<string>();
        for (var i = 0; i < 100; i++)
        {
            lines.Add($"- UBND xã {Commune(i * 3 % Communes)};");
        }

        for (var i = 0; i < 50; i++)
        {
            lines.Add($"- HĐND, UBND xã {Commune((i * 7 + 1) % Communes)};");
        }

        for (var i = 0; i < 100; i++)
        {
            lines.Add($"- {Department(i * 11 % Departments)};");
        }

        for (var i = 0; i < 20; i++)
        {
            lines.Add($"- Các đơn vị khối {i + 1};");
        }

        for (var i = 0; i < 20; i++)
        {
            lines.Add($"- Chủ tịch UBND xã {Commune(i * 13 % Communes)};");
        }

        for (var i = 0; i < 10; i++)
        {
            // Misspelled: "và" left out, so only fuzzy matching finds a candidate.
            lines.Add($"- Sở {Fields[i]} {Fields[(1 + i) % Fields.Length]} số {i + 1};");
        }

        lines.Add("- Lưu: VT, KT.");
        var mentions = lines.Take(300).Select((l, i) => new RecipientMention(i, l, l.TrimStart('-', ' ').TrimEnd(';'), l.Contains("Các ", StringComparison.Ordinal), null)).ToList();
        var tasks = Enumerable.Range(0, 10).Select(i => new NoticeTask(
            $"({i + 1})",
            "3.",
            $"{Department(i)} chủ trì, phối hợp với UBND các xã và các đơn vị khối {i + 1} triển khai nhiệm vụ về {Fields[i].ToLowerInvariant()} và {Fields[i + 5].ToLowerInvariant()}, báo cáo kết quả trước ngày 30/6.",
            null,
            [new TaskAgency(Department(i), AgencyRole.Lead), new TaskAgency("UBND các xã", AgencyRole.Coordinator)])).ToList();

        return new ParsedNotice
        {
            Document = new NoticeMetadata { Date = new NoticeDate(2026, 3, 1) },
            Tasks = tasks,
            RecipientLines = lines,
            Recipients = mentions,
            Archive = ["VT", "KT"],
        };
    }
}
