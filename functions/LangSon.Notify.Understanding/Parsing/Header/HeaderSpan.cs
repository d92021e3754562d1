namespace LangSon.Notify.Understanding.Parsing.Header;

/// <summary>The lines where the header is looked for: from the top, or around the first number or date line when a web page's banner comes first.</summary>
internal readonly record struct HeaderSpan(int Start, int End)
{
    private const int Window = 45;
    private const int FarSearch = 240;
    private const int Before = 24;

    public static HeaderSpan Find(IReadOnlyList<string> lines)
    {
        var top = Math.Min(lines.Count, Window);
        for (var i = 0; i < top; i++)
        {
            if (IsAnchor(lines[i]))
            {
                return new HeaderSpan(0, top);
            }
        }

        // A copy saved from a legal-document site opens with the site's banner and a table of its own fields.
        var far = Math.Min(lines.Count, FarSearch);
        for (var i = top; i < far; i++)
        {
            if (IsAnchor(lines[i]))
            {
                return new HeaderSpan(Math.Max(0, i - Before), Math.Min(lines.Count, i + Window));
            }
        }

        return new HeaderSpan(0, top);
    }

    private static bool IsAnchor(string line)
    {
        var number = HeaderPatterns.Number().Match(line);
        if (number.Success && number.Index < 20)
        {
            return true;
        }

        var date = HeaderPatterns.PlaceDate().Match(line);
        return date.Success && (date.Groups["y"].Success || date.Groups["m"].Success) && line.Length < 160;
    }
}
