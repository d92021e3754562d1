using System.ComponentModel.DataAnnotations;

namespace LangSon.Notify.Core.Dispatch;

/// <summary>Section <c>Notify:ServiceBus</c>, used when <c>Notify:Transport</c> is <c>ServiceBus</c>.</summary>
public sealed class ServiceBusTransportOptions : RetryBackoffOptions, IValidatableObject
{
    public const string SectionName = "Notify:ServiceBus";

    /// <summary>For identity-based access (managed identity): e.g. <c>sb-langson-notify.servicebus.windows.net</c>.</summary>
    public string? FullyQualifiedNamespace { get; set; }

    /// <summary>For key-based access; a secret, so from configuration or Key Vault only.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The queue must have duplicate detection on, so a re-sent delivery id is dropped.</summary>
    [Required]
    public string QueueName { get; set; } = "deliveries";

    /// <summary>
    /// Receipts of one message that ended in an unexpected error before it is dead-lettered and its delivery marked failed;
    /// keep it below the queue's own MaxDeliveryCount. A send that failed transiently is rescheduled as a new message with
    /// backoff instead, and the delivery handler's own attempt limit (Notify:Dispatch:MaxAttempts) ends those.
    /// </summary>
    [Range(1, 100)]
    public int MaxDeliveryCount { get; set; } = 5;

    [Range(1, 256)]
    public int MaxConcurrentCalls { get; set; } = 16;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(FullyQualifiedNamespace) == string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "Set exactly one of Notify:ServiceBus:FullyQualifiedNamespace (managed identity) and Notify:ServiceBus:ConnectionString.",
                [nameof(FullyQualifiedNamespace), nameof(ConnectionString)]);
        }
    }
}
