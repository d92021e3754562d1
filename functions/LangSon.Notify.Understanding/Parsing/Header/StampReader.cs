using System.Text.RegularExpressions;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Parsing.Header;

/// <summary>
/// Numbers a signing tool stamps beside a blank "Số: /…" and a blank day: the reader places them on lines of their own
/// near the number line, with nothing else on them ("2462", "2428 25").
/// </summary>
internal static partial class StampReader
{
    private const int Reach = 14;

    [GeneratedRegex(@"^\s*\d{1,6}(?:\s+\d{1,6}){0,2}\s*$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex BareNumbers();

    [GeneratedRegex(@"^\s*(?:Căn cứ|Kính gửi|Thực hiện|Điều\s+\d)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex BodyStart();

    /// <summary>The stamped numbers in reading order, from the raw text: page-number-like lines are still there.</summary>
    public static IReadOnlyList<int> Read(string rawText)
    {
        var lines = rawText.Split('\n');
        var numberLine = -1;
        for (var i = 0; i < Math.Min(lines.Length, 240); i++)
        {
            var m = HeaderPatterns.Number().Match(lines[i]);
            if (m.Success && !m.Groups["num"].Success || HeaderPatterns.PlaceDate().Match(lines[i]) is { Success: true } d && !d.Groups["d"].Success)
            {
                numberLine = i;
                break;
            }
        }

        var result = new List<int>();
        if (numberLine < 0)
        {
            return result;
        }

        for (var i = numberLine + 1; i < Math.Min(lines.Length, numberLine + Reach) && !BodyStart().IsMatch(lines[i]); i++)
        {
            if (BareNumbers().IsMatch(lines[i]))
            {
                result.AddRange(lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse));
            }
        }

        return result;
    }
}
