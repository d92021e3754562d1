using System.Globalization;
using System.Text;

namespace LangSon.Notify.Understanding.Text;

/// <summary>Diacritic folding and comparison keys for Vietnamese names.</summary>
public static class VietnameseText
{
    /// <summary>Removes diacritics and maps đ to d, keeping case: "Lạng Sơn" → "Lang Son".</summary>
    public static string RemoveDiacritics(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'đ' => 'd',
                'Đ' => 'D',
                _ => c,
            });
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>A comparison key: lower case, no diacritics, punctuation as single spaces.</summary>
    public static string Fold(string text)
    {
        var plain = RemoveDiacritics(text).ToLowerInvariant();
        var builder = new StringBuilder(plain.Length);
        var space = false;
        foreach (var c in plain)
        {
            if (char.IsLetterOrDigit(c) || c == '/')
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>True when every letter is upper case and there is at least one letter.</summary>
    public static bool IsUpper(string text)
    {
        var letters = false;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters = true;
                if (char.IsLower(c))
                {
                    return false;
                }
            }
        }

        return letters;
    }

    /// <summary>"ỦY BAN NHÂN DÂN" → "Ủy ban nhân dân": first letter kept, the rest lower case.</summary>
    public static string ToSentenceCase(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var lower = text.ToLower(CultureInfo.GetCultureInfo("vi-VN"));
        return char.ToUpper(lower[0], CultureInfo.GetCultureInfo("vi-VN")) + lower[1..];
    }
}
