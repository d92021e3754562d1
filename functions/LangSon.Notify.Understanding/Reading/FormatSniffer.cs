namespace LangSon.Notify.Understanding.Reading;

/// <summary>Tells the format from the first bytes, never from the file name.</summary>
internal static class FormatSniffer
{
    private static readonly (byte[] Magic, string Name)[] KnownFormats =
    [
        ([0x89, 0x50, 0x4E, 0x47], "PNG"),
        ([0xFF, 0xD8, 0xFF], "JPEG"),
        ("GIF8"u8.ToArray(), "GIF"),
        ([0x49, 0x49, 0x2A, 0x00], "TIFF"),
        ([0x4D, 0x4D, 0x00, 0x2A], "TIFF"),
        ([0xD0, 0xCF, 0x11, 0xE0], "a legacy Word .doc or other OLE file"),
        ("Rar!"u8.ToArray(), "RAR"),
        ([0x37, 0x7A, 0xBC, 0xAF], "7-Zip"),
        ([0x1F, 0x8B], "gzip"),
        ("{\\rtf"u8.ToArray(), "RTF"),
        ("%!PS"u8.ToArray(), "PostScript"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable"),
        ("PK\x03\x04"u8.ToArray(), "ZIP"),
    ];

    public static DetectedFormat Detect(ReadOnlySpan<byte> content)
    {
        // PDF readers accept junk before the header; 1 KB is the usual allowance.
        if (content[..Math.Min(content.Length, 1024)].IndexOf("%PDF-"u8) >= 0)
        {
            return DetectedFormat.Pdf;
        }

        if (content.StartsWith("PK\x03\x04"u8))
        {
            return DetectedFormat.Zip;
        }

        // RTF and PostScript are ASCII and would otherwise pass as text.
        if (content.StartsWith("{\\rtf"u8) || content.StartsWith("%!PS"u8))
        {
            return DetectedFormat.Unsupported;
        }

        return DetectedFormat.Text;
    }

    /// <summary>Describes what the content looks like, for an error message.</summary>
    public static string Describe(ReadOnlySpan<byte> content)
    {
        var head = content[..Math.Min(content.Length, 4)].ToArray();
        var bytes = string.Join(' ', head.Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var (magic, name) in KnownFormats)
        {
            if (content.StartsWith(magic))
            {
                return $"starts with bytes {bytes}: looks like {name}";
            }
        }

        return $"starts with bytes {bytes}";
    }
}
