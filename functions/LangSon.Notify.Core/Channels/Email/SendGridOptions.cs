using System.ComponentModel.DataAnnotations;

namespace LangSon.Notify.Core.Channels.Email;

/// <summary>Section <c>Notify:SendGrid</c>. The API key comes from configuration (in Azure a Key Vault reference), never from code.</summary>
public sealed class SendGridOptions : ProviderHttpOptions
{
    public const string SectionName = "Notify:SendGrid";

    /// <summary>SendGrid refuses a message whose whole request is 30 MB or more, attachments included.</summary>
    public const long SendGridMessageLimitBytes = 30L * 1024 * 1024;

    public SendGridOptions() => BaseUrl = "https://api.sendgrid.com";

    /// <summary>Empty or an unresolved Key Vault reference pauses the email channel at start rather than stopping the host.</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>Why the key cannot work (missing, or an unresolved Key Vault reference), or null.</summary>
    internal string? CredentialProblem() => SecretSetting.Problem("Notify:SendGrid:ApiKey", ApiKey);

    [Required(ErrorMessage = "Notify:SendGrid:FromAddress is required: a sender verified in SendGrid.")]
    [EmailAddress]
    public string FromAddress { get; set; } = string.Empty;

    public string FromName { get; set; } = "UBND tỉnh Lạng Sơn";

    /// <summary>The largest request we send, in bytes; above it the attachment is left out and the notice's link sent instead.</summary>
    [Range(64 * 1024, SendGridMessageLimitBytes)]
    public long MaxMessageBytes { get; set; } = SendGridMessageLimitBytes - (512 * 1024);
}
