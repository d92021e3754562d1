namespace LangSon.Notify.Understanding.Parsing.Header;

/// <summary>Reads the "Kính gửi:" addressees of a Công văn or Tờ trình, inline or as a list under it.</summary>
internal static class AddresseeReader
{
    public static (IReadOnlyList<string> Addressees, int End) Read(IReadOnlyList<string> lines, HeaderSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            var m = HeaderPatterns.Dear().Match(lines[i]);
            if (!m.Success)
            {
                continue;
            }

            var result = new List<string>();
            var rest = m.Groups["rest"].Value.Trim();
            if (rest.Length > 0)
            {
                result.AddRange(Split(rest));
                return (result, i + 1);
            }

            var j = i + 1;
            var skipped = 0;
            while (j < lines.Count && result.Count < 60)
            {
                var line = lines[j];
                if (line.Length == 0)
                {
                    j++;
                    continue;
                }

                if (line.StartsWith('-'))
                {
                    result.AddRange(Split(line.TrimStart('-', ' ')));
                    j++;
                    continue;
                }

                if (result.Count == 0 && skipped < 1 && line.Length < 20)
                {
                    skipped++;
                    j++;
                    continue;
                }

                if (result.Count == 0 && line.Length < 120)
                {
                    result.AddRange(Split(line));
                    j++;
                }

                break;
            }

            return (result, j);
        }

        return ([], 0);
    }

    private static IEnumerable<string> Split(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => a.TrimEnd('.', ',', ';').Trim())
            .Where(a => a.Length > 1);
}
