using System.Globalization;
using System.Text;

namespace LangSon.Notify.Core.Channels.Sms;

/// <summary>Vietnamese text to the GSM-7 alphabet: diacritics removed (đ→d), other characters mapped or dropped, so one SMS holds 160 characters.</summary>
internal static class Gsm7
{
    private const string Basic = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private const string Extended = "^{}\\[~]|€";

    public static string RemoveDiacritics(string text)
    {
        var decomposed = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Diacritics removed, typographic punctuation mapped to ASCII, anything else outside GSM-7 dropped, whitespace collapsed.</summary>
    public static string Convert(string text)
    {
        var plain = RemoveDiacritics(text);
        var builder = new StringBuilder(plain.Length);
        foreach (var c in plain)
        {
            var mapped = c switch
            {
                '“' or '”' or '„' => "\"",
                '‘' or '’' => "'",
                '–' or '—' or '‑' => "-",
                '…' => "...",
                '\t' or '\n' or '\r' or '\u00A0' => " ",
                _ => Basic.Contains(c, StringComparison.Ordinal) || Extended.Contains(c, StringComparison.Ordinal) ? c.ToString() : "",
            };
            if (mapped == " " && (builder.Length == 0 || builder[^1] == ' '))
            {
                continue;
            }

            builder.Append(mapped);
        }

        return builder.ToString().Trim();
    }

    /// <summary>Septets used: extension characters take two.</summary>
    public static int Length(string gsmText)
    {
        var length = 0;
        foreach (var c in gsmText)
        {
            length += Extended.Contains(c, StringComparison.Ordinal) ? 2 : 1;
        }

        return length;
    }

    public static bool IsGsm7(string text) => text.All(c => Basic.Contains(c, StringComparison.Ordinal) || Extended.Contains(c, StringComparison.Ordinal));
}
