using System.Text.RegularExpressions;
using LangSon.Notify.Understanding.Text;

namespace LangSon.Notify.Understanding.Parsing;

/// <summary>
/// The "Thành phần (mời):" list of a Giấy mời or a meeting notice, which "Như thành phần mời" in Nơi nhận refers to:
/// its bullets on the lines below, or its items after the colon.
/// </summary>
internal static partial class ParticipantReader
{
    [GeneratedRegex(@"^(?:\d{1,2}[.)]\s*)?Thành\s+phần(?:\s+(?:mời|tham\s+dự|tham\s+gia|dự\s+họp))?\s*:\s*(?<rest>.*)$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Heading();

    // What introduces a participant, not its name: "Đại diện lãnh đạo UBND các xã" is UBND các xã.
    [GeneratedRegex(@"^(?:(?:đại\s+diện|mời)\s+)?(?:lãnh\s+đạo\s+)?", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Introducer();

    public static IReadOnlyList<string> Read(IReadOnlyList<string> lines, int from, int to)
    {
        for (var i = Math.Max(0, from); i < Math.Min(to, lines.Count); i++)
        {
            var m = Heading().Match(lines[i].Trim());
            if (!m.Success)
            {
                continue;
            }

            var items = new List<string>();
            Add(items, m.Groups["rest"].Value);
            for (var j = i + 1; j < Math.Min(to, lines.Count); j++)
            {
                var line = lines[j].Trim();
                if (!line.StartsWith('-') && !line.StartsWith('+') && !line.StartsWith('•'))
                {
                    break;
                }

                Add(items, line);
            }

            return items;
        }

        return [];
    }

    private static void Add(List<string> items, string text)
    {
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var item = part.TrimStart('-', '+', '•', ' ').TrimEnd('.', ';', ',').Trim();
            var named = Introducer().Replace(item, string.Empty).Trim();
            if (named.Length > 0 && char.IsLower(named[0]))
            {
                named = char.ToUpperInvariant(named[0]) + named[1..];
            }

            if (named.Length > 2)
            {
                items.Add(named);
            }
        }
    }
}
