using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Parsing;

/// <summary>Document types by their printed heading and by the code in the symbol (Nghị định 30/2020, Appendix III).</summary>
internal static class DocumentTypes
{
    public const string CongVan = "Công văn";

    // Longest first, so "QUYẾT ĐỊNH" is not read as a shorter type.
    public static readonly string[] Headings =
    [
        "THÔNG BÁO", "KẾ HOẠCH", "QUYẾT ĐỊNH", "CHỈ THỊ", "BÁO CÁO", "TỜ TRÌNH", "NGHỊ QUYẾT", "HƯỚNG DẪN",
        "CHƯƠNG TRÌNH", "GIẤY MỜI", "CÔNG ĐIỆN", "THÔNG TƯ", "NGHỊ ĐỊNH", "QUY CHẾ", "QUY ĐỊNH", "ĐỀ ÁN",
        "PHƯƠNG ÁN", "BIÊN BẢN", "CÔNG VĂN", "THÔNG TRI", "KẾT LUẬN", "LỆNH", "TỜ TRÌNH",
    ];

    private static readonly Dictionary<string, string> Codes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["TB"] = "Thông báo", ["QĐ"] = "Quyết định", ["KH"] = "Kế hoạch", ["CT"] = "Chỉ thị", ["BC"] = "Báo cáo",
        ["TTr"] = "Tờ trình", ["NQ"] = "Nghị quyết", ["HD"] = "Hướng dẫn", ["CTr"] = "Chương trình", ["GM"] = "Giấy mời",
        ["CĐ"] = "Công điện", ["TT"] = "Thông tư", ["NĐ"] = "Nghị định", ["ĐA"] = "Đề án", ["PA"] = "Phương án",
        ["BB"] = "Biên bản", ["KL"] = "Kết luận",
    };

    /// <summary>"THÔNG BÁO" → "Thông báo".</summary>
    public static string Display(string heading) => VietnameseText.ToSentenceCase(heading);

    /// <summary>The type a symbol implies: "TB-UBND" → Thông báo; "UBND-KGVX" (issuer first) → Công văn.</summary>
    public static string? FromSymbol(string? symbol)
    {
        if (string.IsNullOrEmpty(symbol))
        {
            return null;
        }

        var parts = symbol.Split('-', '/');
        var code = parts.Length > 1 && parts[0].All(char.IsDigit) ? parts[1] : parts[0];
        return Codes.TryGetValue(code, out var type) ? type : parts.Length > 1 ? CongVan : null;
    }
}
