namespace LangSon.Notify.Understanding.Reading;

/// <summary>
/// Fonts of the pre-Unicode Vietnamese encodings (TCVN3 ".VnTime", VNI "VNI-Times"): their text extracts as
/// look-alike Latin-1 ("nh©n d©n"), which would be parsed as nonsense, so such a document is refused by name.
/// </summary>
internal static class LegacyVietnameseFonts
{
    public static bool IsLegacy(string? fontName)
    {
        if (string.IsNullOrEmpty(fontName))
        {
            return false;
        }

        // Embedded subsets carry a six-letter tag: "ABCDEF+.VnTime".
        var plus = fontName.IndexOf('+', StringComparison.Ordinal);
        var name = plus == 6 ? fontName[(plus + 1)..] : fontName;
        return name.StartsWith(".Vn", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("VNI-", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("VNI ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when legacy fonts carry at least 30% of the characters.</summary>
    public static bool Dominate(int legacyCharacters, int allCharacters) => allCharacters > 0 && legacyCharacters * 10 >= allCharacters * 3;

    public static string Problem(string kind, string font) =>
        $"the {kind} is typed in a legacy Vietnamese font ({font}, TCVN3 or VNI encoding), so its text is not Unicode; convert it to Unicode (for example with Unikey's converter) and upload it again";
}
