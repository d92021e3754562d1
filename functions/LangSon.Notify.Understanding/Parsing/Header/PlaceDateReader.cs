using System.Text.RegularExpressions;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Parsing.Header;

/// <summary>Reads the place and date line: "Lạng Sơn, ngày 5 tháng 8 năm 2026", its numeric form, and a draft's blank day.</summary>
internal static class PlaceDateReader
{
    public sealed record Found(string? Place, NoticeDate Date, int Line, int End)
    {
        public static Found None { get; } = new(null, NoticeDate.Unknown, -1, 0);
    }

    public static Found Read(IReadOnlyList<string> lines, HeaderSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            var m = HeaderPatterns.PlaceDate().Match(lines[i]);
            if (!m.Success || !m.Groups["y"].Success && !m.Groups["m"].Success)
            {
                m = HeaderPatterns.PlaceNumericDate().Match(lines[i]);
                if (!m.Success)
                {
                    continue;
                }
            }

            var place = m.Groups["place"].Value.Trim();
            // Drop a symbol or stray capitals glued before the place ("299/TTg Hà Nội").
            var words = place.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .SkipWhile(w => w.Contains('/') || VietnameseText.IsUpper(w) && w.Length > 1 && !IsPlaceWord(w))
                .ToArray();
            place = string.Join(' ', words);
            var date = new NoticeDate(Int(m.Groups["y"]), Int(m.Groups["m"]), Int(m.Groups["d"]));
            return new Found(place.Length == 0 ? null : place, date, i, m.Index + m.Length);
        }

        return Found.None;
    }

    private static int? Int(Group g) => g.Success && int.TryParse(g.Value, out var v) ? v : null;

    private static bool IsPlaceWord(string w) => w is "TP." or "TP";
}
