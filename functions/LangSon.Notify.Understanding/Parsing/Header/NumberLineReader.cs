using System.Text.RegularExpressions;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Parsing.Header;

/// <summary>Reads "Số: 123/TB-UBND", with the number blank in a draft, on its own line or on the next one.</summary>
internal static partial class NumberLineReader
{
    [GeneratedRegex(@"^\s*Số\s*:?\s*$", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex NumberAloneOnLine();

    [GeneratedRegex(@"^[\p{L}\s]+\d+/[\p{L}\d\-]+", RegexOptions.None, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex WebsiteTitle();

    public sealed record Found(string? Number, string? Symbol, int Line, int End)
    {
        public static Found None { get; } = new(null, null, -1, 0);
    }

    public static Found Read(IReadOnlyList<string> lines, HeaderSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            var line = lines[i];
            if (NumberAloneOnLine().IsMatch(line) && i + 1 < lines.Count)
            {
                var next = HeaderPatterns.Number().Match("Số: " + lines[i + 1]);
                if (next.Success)
                {
                    return Build(next, i + 1, next.Index + next.Length - 4);
                }
            }

            var m = HeaderPatterns.Number().Match(line);
            if (m.Success && !WebsiteTitle().IsMatch(line[..m.Index]))
            {
                return Build(m, i, m.Index + m.Length);
            }
        }

        return Found.None;
    }

    private static Found Build(Match m, int line, int end)
    {
        var symbol = Regex.Replace(m.Groups["sym"].Value, @"\s+", string.Empty, RegexOptions.None, RegexBudget.MatchTimeout).TrimEnd('.');
        var num = m.Groups["num"].Success ? m.Groups["num"].Value : null;
        return new Found(num is null ? null : num + "/" + symbol, symbol, line, Math.Max(0, end));
    }
}
