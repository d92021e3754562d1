using PhoneNumbers;

namespace LangSon.Notify.Core.Channels.Sms;

/// <summary>Turns a number as the directory writes it (0912 345 678, +84 912…) into E.164, or says why it cannot be texted.</summary>
internal static class SmsNumber
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static bool TryNormalise(string raw, string defaultRegion, out string e164, out string problem)
    {
        e164 = string.Empty;
        if (string.IsNullOrWhiteSpace(raw))
        {
            problem = "The recipient has no phone number.";
            return false;
        }

        PhoneNumber parsed;
        try
        {
            parsed = Util.Parse(raw, defaultRegion);
        }
        catch (NumberParseException ex)
        {
            problem = $"'{raw}' is not a phone number ({ex.ErrorType}).";
            return false;
        }

        if (!Util.IsValidNumber(parsed))
        {
            problem = $"'{raw}' is not a valid phone number for region {Util.GetRegionCodeForNumber(parsed) ?? defaultRegion}.";
            return false;
        }

        var type = Util.GetNumberType(parsed);
        if (type is not (PhoneNumberType.MOBILE or PhoneNumberType.FIXED_LINE_OR_MOBILE))
        {
            problem = $"'{raw}' is a {type} number, which cannot receive SMS.";
            return false;
        }

        e164 = Util.Format(parsed, PhoneNumberFormat.E164);
        problem = string.Empty;
        return true;
    }
}
