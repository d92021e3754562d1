using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Parsing.Header;

/// <summary>Reads the issuing body from the capitals above the number line ("ỦY BAN NHÂN DÂN / TỈNH LẠNG SƠN").</summary>
internal static class IssuerReader
{
    private static readonly string[] UnitWords = ["TỈNH ", "THÀNH PHỐ ", "HUYỆN ", "XÃ ", "PHƯỜNG ", "QUẬN ", "THỊ XÃ ", "THỊ TRẤN "];

    public static (string? Issuer, string? Parent) Read(IReadOnlyList<string> lines, int start, int end)
    {
        var header = new List<string>();
        for (var i = start; i < end; i++)
        {
            var line = lines[i].Trim();
            if (IsMotto(line))
            {
                // The national motto printed beside the issuer, split over lines the cleaner could not join.
                if (header.Count > 0)
                {
                    break;
                }

                continue;
            }

            if (line.Length == 0 || !VietnameseText.IsUpper(line) || HeaderPatterns.Urgency().IsMatch(line) || line.StartsWith("SỐ", StringComparison.Ordinal))
            {
                if (header.Count > 0 && line.Length > 0)
                {
                    break;
                }

                continue;
            }

            header.Add(line);
            if (header.Count == 3)
            {
                break;
            }
        }

        if (header.Count == 0)
        {
            return (null, null);
        }

        var joined = header[0];
        var parent = header.Count > 1 ? header[0] : null;
        for (var k = 1; k < header.Count; k++)
        {
            joined = UnitWords.Any(u => header[k].StartsWith(u, StringComparison.Ordinal)) ? joined + " " + header[k] : header[k];
        }

        return (ToName(joined), parent);
    }

    private static bool IsMotto(string line) =>
        line.StartsWith("CỘNG HÒA", StringComparison.Ordinal) || line.StartsWith("CHỦ NGHĨA VIỆT NAM", StringComparison.Ordinal)
        || line.StartsWith("ĐỘC LẬP", StringComparison.Ordinal);

    /// <summary>The body a symbol and place imply when no issuer line was printed.</summary>
    public static string? Infer(string symbol, string place) => symbol.Split('-').Last() switch
    {
        "UBND" => "Ủy ban nhân dân tỉnh " + place,
        "HĐND" => "Hội đồng nhân dân tỉnh " + place,
        _ => null,
    };

    /// <summary>"ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN" → "Ủy ban nhân dân tỉnh Lạng Sơn": place names keep their capitals.</summary>
    private static string ToName(string upper)
    {
        var words = upper.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var unit = Array.FindIndex(words, w => w is "TỈNH" or "HUYỆN" or "XÃ" or "PHƯỜNG" or "QUẬN" or "PHỐ" or "TRẤN");
        // The word after a head noun starts the proper name: "Bộ Tư pháp", "Văn phòng Chính phủ", "Phủ Thủ tướng".
        var afterHead = words.Length > 1 && words[0] is "BỘ" or "SỞ" or "CỤC" or "VỤ" or "PHỦ" or "BAN" ? 1
            : words.Length > 2 && (words[0], words[1]) is ("VĂN", "PHÒNG") or ("TỔNG", "CỤC") or ("CHI", "CỤC") ? 2 : -1;
        var result = new List<string>();
        for (var k = 0; k < words.Length; k++)
        {
            if (Abbreviations.IsKnown(words[k]))
            {
                result.Add(words[k]); // "UBND TỈNH LẠNG SƠN" keeps its abbreviation
                continue;
            }

            var lower = words[k].ToLowerInvariant();
            var capital = k == 0 || k == afterHead || (unit >= 0 && k > unit);
            result.Add(capital && lower.Length > 0 ? char.ToUpperInvariant(lower[0]) + lower[1..] : lower);
        }

        return string.Join(' ', result);
    }
}
