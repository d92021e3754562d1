using System.Buffers;
using System.ComponentModel.DataAnnotations;

namespace LangSon.Notify.Core.Channels.Sms;

/// <summary>Section <c>Notify:Twilio</c>. The auth token comes from configuration (in Azure a Key Vault reference), never from code.</summary>
public sealed class TwilioOptions : ProviderHttpOptions, IValidatableObject
{
    public const string SectionName = "Notify:Twilio";

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    public TwilioOptions() => BaseUrl = "https://api.twilio.com";

    /// <summary>Empty, malformed or an unresolved Key Vault reference pauses the SMS channel at start rather than stopping the host.</summary>
    public string AccountSid { get; set; } = string.Empty;

    /// <summary>Empty or an unresolved Key Vault reference pauses the SMS channel at start rather than stopping the host.</summary>
    public string AuthToken { get; set; } = string.Empty;

    /// <summary>The sending number in E.164; or leave empty and set <see cref="MessagingServiceSid"/>.</summary>
    public string? FromNumber { get; set; }

    public string? MessagingServiceSid { get; set; }

    /// <summary>Where Twilio posts delivery receipts; noticeId and deliveryId are added to its query.</summary>
    [Required(ErrorMessage = "Notify:Twilio:StatusCallbackUrl is required, for delivery receipts.")]
    [Url]
    public string StatusCallbackUrl { get; set; } = string.Empty;

    /// <summary>Numbers written without a country code are read as this region's.</summary>
    [Required]
    [RegularExpression("^[A-Z]{2}$")]
    public string DefaultRegion { get; set; } = "VN";

    /// <summary>Why these credentials cannot work, or null: a secret missing or unresolved, or an account SID not shaped 'AC' and 32 hex digits.</summary>
    internal string? CredentialProblem()
    {
        var secrets = new[] { SecretSetting.Problem("Notify:Twilio:AccountSid", AccountSid), SecretSetting.Problem("Notify:Twilio:AuthToken", AuthToken) }.OfType<string>().ToList();
        if (secrets.Count > 0)
        {
            return string.Join("; ", secrets);
        }

        return AccountSid is { Length: 34 } sid && sid.StartsWith("AC", StringComparison.Ordinal) && !sid.AsSpan(2).ContainsAnyExcept(HexDigits)
            ? null
            : "Notify:Twilio:AccountSid must be 'AC' followed by 32 hex digits";
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(FromNumber) == string.IsNullOrWhiteSpace(MessagingServiceSid))
        {
            yield return new ValidationResult(
                "Set exactly one of Notify:Twilio:FromNumber and Notify:Twilio:MessagingServiceSid.",
                [nameof(FromNumber), nameof(MessagingServiceSid)]);
        }
    }
}
