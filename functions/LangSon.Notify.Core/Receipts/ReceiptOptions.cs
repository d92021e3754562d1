using System.ComponentModel.DataAnnotations;

namespace LangSon.Notify.Core.Receipts;

/// <summary>Section <c>Notify:Receipts</c>: acknowledgement links, webhook verification and the reminder schedule.</summary>
public sealed class ReceiptOptions : IValidatableObject
{
    public const string SectionName = "Notify:Receipts";

    /// <summary>The address agencies and providers reach this service at; links and Twilio's signed URL start with it.</summary>
    [Required(ErrorMessage = "Notify:Receipts:PublicBaseUrl is required: the public address acknowledgement links and webhooks use.")]
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>HMAC key of the acknowledgement links (in Azure a Key Vault reference); at least 32 characters.</summary>
    [Required(ErrorMessage = "Notify:Receipts:LinkKey is required: the secret that signs acknowledgement links (a Key Vault reference in Azure).")]
    [MinLength(32, ErrorMessage = "Notify:Receipts:LinkKey must be at least 32 characters.")]
    public string LinkKey { get; set; } = "";

    /// <summary>How long an acknowledgement link stays usable; long enough to report on every task.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "400.00:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(120);

    /// <summary>How far a SendGrid webhook timestamp may be from now.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan WebhookTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Due period of a task whose notice states no deadline, counted from dispatch.</summary>
    [Range(1, 365)]
    public int DefaultDueDays { get; set; } = 14;

    /// <summary>A reminder goes this many days before a task's due date to agencies not at 06.</summary>
    [Range(0, 60)]
    public int ReminderDaysBefore { get; set; } = 3;

    /// <summary>An urgent notice with no 03 after this long is escalated, and again after each further period.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan EscalateAfter { get; set; } = TimeSpan.FromHours(4);

    /// <summary>How often the deadline timer runs in the self-host (the Functions timer has its own schedule).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan TimerInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Notices dispatched longer ago than this are no longer watched for deadlines.</summary>
    [Range(1, 3650)]
    public int WatchDays { get; set; } = 400;

    /// <summary>Where acknowledgement links point when not at the public base: the Functions app serves them under its route prefix (…/api/).</summary>
    public string? LinkBaseUrl { get; set; }

    public Uri LinkBase => new((string.IsNullOrWhiteSpace(LinkBaseUrl) ? PublicBaseUrl : LinkBaseUrl).TrimEnd('/') + "/");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult($"Notify:Receipts:PublicBaseUrl must be an absolute http(s) URL, not '{PublicBaseUrl}'.", [nameof(PublicBaseUrl)]);
        }

        if (!string.IsNullOrWhiteSpace(LinkBaseUrl) && (!Uri.TryCreate(LinkBaseUrl, UriKind.Absolute, out var link) || (link.Scheme != Uri.UriSchemeHttp && link.Scheme != Uri.UriSchemeHttps)))
        {
            yield return new ValidationResult($"Notify:Receipts:LinkBaseUrl must be an absolute http(s) URL, not '{LinkBaseUrl}'.", [nameof(LinkBaseUrl)]);
        }
    }
}
