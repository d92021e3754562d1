using System.Text;

namespace LangSon.Notify.Understanding.Reading;

/// <summary>Decodes UTF-8 (with or without BOM) and UTF-16 (BOM, or plausible BOM-less LE/BE); nothing else.</summary>
internal static class PlainTextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Returns the text, or null with the reason when the bytes are not text in a supported encoding.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> content, out DocumentReadError error, out string problem)
    {
        error = default;
        problem = string.Empty;

        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Decode(content[3..], StrictUtf8, "UTF-8", hasBom: true, out error, out problem);
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Decode(content[2..], StrictUtf16Le, "UTF-16LE", hasBom: true, out error, out problem);
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Decode(content[2..], StrictUtf16Be, "UTF-16BE", hasBom: true, out error, out problem);
        }

        var utf16 = GuessBomlessUtf16(content);
        if (utf16 is not null)
        {
            return Decode(content, utf16, utf16 == StrictUtf16Le ? "UTF-16LE" : "UTF-16BE", hasBom: false, out error, out problem);
        }

        return Decode(content, StrictUtf8, "UTF-8", hasBom: false, out error, out problem);
    }

    private static string? Decode(ReadOnlySpan<byte> content, Encoding encoding, string name, bool hasBom, out DocumentReadError error, out string problem)
    {
        error = default;
        problem = string.Empty;
        string text;
        try
        {
            text = encoding.GetString(content);
        }
        catch (DecoderFallbackException ex)
        {
            var at = ex.Index >= 0 ? $" at byte {ex.Index + (hasBom ? 3 : 0)}" : string.Empty;
            if (hasBom || LooksLikeLegacyText(content))
            {
                error = DocumentReadError.BadEncoding;
                problem = $"the text is not valid {name}{at}; save it as UTF-8 (legacy Vietnamese encodings such as TCVN3 or VNI are not supported)";
            }
            else
            {
                error = DocumentReadError.UnsupportedFormat;
                problem = $"not a PDF, DOCX or text file ({FormatSniffer.Describe(content)})";
            }

            return null;
        }

        if (HasBinaryControls(text))
        {
            error = hasBom ? DocumentReadError.BadEncoding : DocumentReadError.UnsupportedFormat;
            problem = hasBom
                ? $"the {name} text contains binary control characters"
                : $"not a PDF, DOCX or text file ({FormatSniffer.Describe(content)})";
            return null;
        }

        return text;
    }

    /// <summary>Most Vietnamese and all ASCII characters have a zero high byte in one of the two byte positions.</summary>
    private static Encoding? GuessBomlessUtf16(ReadOnlySpan<byte> content)
    {
        var sample = content[..(Math.Min(content.Length, 4096) & ~1)];
        if (sample.Length < 4)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0)
            {
                evenZeros++;
            }

            if (sample[i + 1] == 0)
            {
                oddZeros++;
            }
        }

        var pairs = sample.Length / 2;
        if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05)
        {
            return StrictUtf16Le;
        }

        if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05)
        {
            return StrictUtf16Be;
        }

        return null;
    }

    /// <summary>Text in an 8-bit code page: no NUL or C0 controls beyond whitespace, but bytes that are not UTF-8.</summary>
    private static bool LooksLikeLegacyText(ReadOnlySpan<byte> content)
    {
        var sample = content[..Math.Min(content.Length, 8192)];
        var printableAscii = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C))
            {
                return false;
            }

            if (b is >= 0x20 and < 0x7F)
            {
                printableAscii++;
            }
        }

        return printableAscii >= sample.Length * 0.6;
    }

    private static bool HasBinaryControls(string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return true;
            }

            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\u0085'))
            {
                controls++;
            }
        }

        return controls > Math.Max(2, text.Length / 1000);
    }
}
