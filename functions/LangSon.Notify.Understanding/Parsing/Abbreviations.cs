using System.Text.RegularExpressions;

namespace LangSon.Notify.Understanding.Parsing;

/// <summary>Expands the abbreviations of recipient lists and task text (langson-agencies.md §5).</summary>
internal static partial class Abbreviations
{
    // Whole-token expansions; keys are case-sensitive because "TT", "CT", "KT" change meaning with case and context.
    private static readonly Dictionary<string, string> Tokens = new(StringComparer.Ordinal)
    {
        ["UBND"] = "Ủy ban nhân dân",
        ["HĐND"] = "Hội đồng nhân dân",
        ["HDND"] = "Hội đồng nhân dân",
        ["UBMTTQVN"] = "Ủy ban Mặt trận Tổ quốc Việt Nam",
        ["UBMTTQ"] = "Ủy ban Mặt trận Tổ quốc Việt Nam",
        ["MTTQVN"] = "Mặt trận Tổ quốc Việt Nam",
        ["MTTQ"] = "Mặt trận Tổ quốc Việt Nam",
        ["ĐBQH"] = "đại biểu Quốc hội",
        ["UBTVQH"] = "Ủy ban Thường vụ Quốc hội",
        ["QH"] = "Quốc hội",
        ["HU"] = "Huyện ủy",
        ["ThU"] = "Thành ủy",
        ["ĐU"] = "Đảng ủy",
        ["BTV"] = "Ban Thường vụ",
        ["UBKT"] = "Ủy ban Kiểm tra",
        ["VP"] = "Văn phòng",
        ["VPCP"] = "Văn phòng Chính phủ",
        ["CP"] = "Chính phủ",
        ["TTg"] = "Thủ tướng Chính phủ",
        ["PTTg"] = "Phó Thủ tướng",
        ["TW"] = "Trung ương",
        ["TƯ"] = "Trung ương",
        ["CVP"] = "Chánh Văn phòng",
        ["PVP"] = "Phó Chánh Văn phòng",
        ["PCVP"] = "Phó Chánh Văn phòng",
        ["PCT"] = "Phó Chủ tịch",
        ["pct"] = "Phó Chủ tịch",
        ["PBT"] = "Phó Bí thư",
        ["BTCN"] = "Bộ trưởng, Chủ nhiệm",
        ["PCN"] = "Phó Chủ nhiệm",
        ["TGĐ"] = "Tổng Giám đốc",
        ["GĐ"] = "Giám đốc",
        ["PGĐ"] = "Phó Giám đốc",
        ["TTĐT"] = "Thông tin điện tử",
        ["KSTTHC"] = "Kiểm soát thủ tục hành chính",
        ["TTHC"] = "thủ tục hành chính",
        ["HCC"] = "hành chính công",
        ["TTPVHCC"] = "Trung tâm Phục vụ hành chính công",
        ["PT-TH"] = "Phát thanh - Truyền hình",
        ["PTTH"] = "Phát thanh - Truyền hình",
        ["LĐLĐ"] = "Liên đoàn Lao động",
        ["LHPN"] = "Liên hiệp Phụ nữ",
        ["CCB"] = "Cựu chiến binh",
        ["ND"] = "Nông dân",
        ["CA"] = "Công an",
        ["CAT"] = "Công an tỉnh",
        ["BCHQS"] = "Bộ Chỉ huy Quân sự",
        ["CHQS"] = "Chỉ huy Quân sự",
        ["BĐBP"] = "Bộ đội Biên phòng",
        ["KBNN"] = "Kho bạc Nhà nước",
        ["NHNN"] = "Ngân hàng Nhà nước",
        ["NHCSXH"] = "Ngân hàng Chính sách xã hội",
        ["BHXH"] = "Bảo hiểm xã hội",
        ["TAND"] = "Tòa án nhân dân",
        ["VKSND"] = "Viện Kiểm sát nhân dân",
        ["QLTT"] = "Quản lý thị trường",
        ["THADS"] = "Thi hành án dân sự",
        ["BQL"] = "Ban Quản lý",
        ["KKTCK"] = "Khu kinh tế cửa khẩu",
        ["BCĐ"] = "Ban Chỉ đạo",
        ["TP"] = "thành phố",
        ["TX"] = "thị xã",
        ["TG&DV"] = "Tuyên giáo và Dân vận",
        ["KH&ĐT"] = "Kế hoạch và Đầu tư",
        ["KHĐT"] = "Kế hoạch và Đầu tư",
        ["KH-ĐT"] = "Kế hoạch và Đầu tư",
        ["NN&PTNT"] = "Nông nghiệp và Phát triển nông thôn",
        ["NNPTNT"] = "Nông nghiệp và Phát triển nông thôn",
        ["NN&MT"] = "Nông nghiệp và Môi trường",
        ["LĐ-TB&XH"] = "Lao động - Thương binh và Xã hội",
        ["LĐTBXH"] = "Lao động - Thương binh và Xã hội",
        ["VH-TT&DL"] = "Văn hóa, Thể thao và Du lịch",
        ["VHTTDL"] = "Văn hóa, Thể thao và Du lịch",
        ["VH,TT&DL"] = "Văn hóa, Thể thao và Du lịch",
        ["TT&TT"] = "Thông tin và Truyền thông",
        ["TTTT"] = "Thông tin và Truyền thông",
        ["TN&MT"] = "Tài nguyên và Môi trường",
        ["TNMT"] = "Tài nguyên và Môi trường",
        ["GD&ĐT"] = "Giáo dục và Đào tạo",
        ["GDĐT"] = "Giáo dục và Đào tạo",
        ["GTVT"] = "Giao thông vận tải",
        ["KH&CN"] = "Khoa học và Công nghệ",
        ["KHCN"] = "Khoa học và Công nghệ",
        ["DT&TG"] = "Dân tộc và Tôn giáo",
        ["SKHĐT"] = "Sở Kế hoạch và Đầu tư",
        ["SNN"] = "Sở Nông nghiệp và Phát triển nông thôn",
        ["STNMT"] = "Sở Tài nguyên và Môi trường",
        ["SGDĐT"] = "Sở Giáo dục và Đào tạo",
        ["SGTVT"] = "Sở Giao thông vận tải",
        ["STTTT"] = "Sở Thông tin và Truyền thông",
        ["SLĐTBXH"] = "Sở Lao động - Thương binh và Xã hội",
        ["SKHCN"] = "Sở Khoa học và Công nghệ",
        ["SXD"] = "Sở Xây dựng",
        ["STC"] = "Sở Tài chính",
        ["SCT"] = "Sở Công Thương",
        ["SNV"] = "Sở Nội vụ",
        ["STP"] = "Sở Tư pháp",
        ["SYT"] = "Sở Y tế",
    };

    // Tokens that only expand where a position is expected: at the start of a recipient item.
    private static readonly Dictionary<string, string> Positions = new(StringComparer.Ordinal)
    {
        ["C"] = "Chánh Văn phòng",
        ["CT"] = "Chủ tịch",
        ["BT"] = "Bí thư",
        ["TT"] = "Thường trực",
        ["TB"] = "Trưởng ban",
    };

    // Suffixes glued onto an abbreviation in some lists: "UBNDTP", "TG&DVTU", "UBMTTQVNTP".
    private static readonly (string Suffix, string Expansion)[] GluedSuffixes =
    [
        ("TP", "thành phố"),
        ("TU", "Tỉnh ủy"),
        ("T", "tỉnh"),
    ];

    [GeneratedRegex(@"[\p{L}\p{N}&\-]+")]
    private static partial Regex Token();

    // Department codes that only mean a department after "Sở": "Sở TC", "Sở NV", "Sở CT".
    private static readonly Dictionary<string, string> DepartmentCodes = new(StringComparer.Ordinal)
    {
        ["TC"] = "Tài chính", ["NV"] = "Nội vụ", ["TP"] = "Tư pháp", ["YT"] = "Y tế", ["XD"] = "Xây dựng", ["CT"] = "Công Thương",
        ["NgV"] = "Ngoại vụ", ["NN"] = "Nông nghiệp và Phát triển nông thôn", ["NNMT"] = "Nông nghiệp và Môi trường",
        ["DTTG"] = "Dân tộc và Tôn giáo", ["VHTT"] = "Văn hóa, Thể thao và Du lịch",
    };

    [GeneratedRegex(@"\bSở\s+(?<code>TC|NV|TP|YT|XD|CT|NgV|NN|NNMT|DTTG|VHTT)(?![\p{L}\p{N}&\-])")]
    private static partial Regex DepartmentCode();

    [GeneratedRegex(@"\bPT\s*(?:và|&)\s*TH\b")]
    private static partial Regex RadioTelevision();

    [GeneratedRegex(@"(?<=[\p{Lu}Đ])\.(?=[\p{Lu}Đ])")]
    private static partial Regex DotBetweenAbbreviations();

    /// <summary>Expands abbreviations in a phrase. <paramref name="partyCommittee"/> is what "TU" means here (Tỉnh ủy, or Thành ủy in a city's documents).</summary>
    public static string Expand(string text, bool atItemStart = false, string partyCommittee = "Tỉnh ủy")
    {
        text = DotBetweenAbbreviations().Replace(text, " ");
        text = RadioTelevision().Replace(text, "Phát thanh và Truyền hình");
        text = DepartmentCode().Replace(text, m => "Sở " + DepartmentCodes[m.Groups["code"].Value]);
        var leading = text.Length - text.TrimStart().Length;
        return Token().Replace(text, m => ExpandToken(m.Value, atItemStart && m.Index == leading, partyCommittee));
    }

    private static string ExpandToken(string token, bool atItemStart, string partyCommittee)
    {
        if (atItemStart && Positions.TryGetValue(token, out var position))
        {
            return position;
        }

        if (token == "TU")
        {
            return partyCommittee;
        }

        if (Tokens.TryGetValue(token, out var expansion))
        {
            return expansion;
        }

        // OCR sometimes lower-cases whole lines ("các pct ubndtp").
        if (token.Length >= 4 && token.Any(char.IsLetter) && token.All(c => !char.IsLetter(c) || char.IsLower(c)))
        {
            var upper = token.ToUpperInvariant();
            var expanded = ExpandToken(upper, atItemStart, partyCommittee);
            return expanded == upper ? token : expanded;
        }

        foreach (var (suffix, suffixExpansion) in GluedSuffixes)
        {
            if (token.Length > suffix.Length + 1 && token.EndsWith(suffix, StringComparison.Ordinal)
                && Tokens.TryGetValue(token[..^suffix.Length], out var stemExpansion))
            {
                return stemExpansion + " " + (suffix == "TU" ? partyCommittee : suffixExpansion);
            }
        }

        return token;
    }

    /// <summary>Whether the token is a known abbreviation (so "Các VP: TU, …" lists can be told from prose).</summary>
    public static bool IsKnown(string token) => Tokens.ContainsKey(token) || Positions.ContainsKey(token) || token == "TU";
}
