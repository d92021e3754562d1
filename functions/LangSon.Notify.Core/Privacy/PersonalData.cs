using System.Text.RegularExpressions;

namespace LangSon.Notify.Core.Privacy;

/// <summary>
/// Masks email addresses and phone numbers in text bound for logs and traces: provider error texts quote them.
/// "nguyen.van.a@so.langson.example" becomes "n***@so.langson.example"; "+84912345667" becomes "+8491*****67".
/// </summary>
public static partial class PersonalData
{
    [GeneratedRegex(@"(?<local>[A-Za-z0-9._%+\-]+)@(?<domain>[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Email();

    // Vietnamese numbers as printed: +84… or 0…, nine to twelve digits, optionally grouped by spaces, dots or dashes.
    [GeneratedRegex(@"(?<![\w+])(?:\+\d{2}|0)\d(?:[ .\-]?\d){7,11}(?!\w)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Phone();

    public static string Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        try
        {
            var masked = Email().Replace(text, m => $"{m.Groups["local"].Value[0]}***@{m.Groups["domain"].Value}");
            return Phone().Replace(masked, m => MaskPhone(m.Value));
        }
        catch (RegexMatchTimeoutException)
        {
            return "(text withheld: it could not be checked for personal data)";
        }
    }

    private static string MaskPhone(string printed)
    {
        var digits = printed.Where(c => c is '+' || char.IsAsciiDigit(c)).ToArray();
        var keepHead = digits[0] == '+' ? 5 : 4;
        return new string(digits.Select((c, i) => i < keepHead || i >= digits.Length - 2 ? c : '*').ToArray());
    }
}
