using System.ComponentModel.DataAnnotations;

namespace LangSon.Notify.Understanding.Signatures;

/// <summary><c>Notify:Signatures</c>: the trust list, and what each verdict does at ingest.</summary>
public sealed class SignatureOptions : IValidatableObject
{
    public const string Section = "Notify:Signatures";

    /// <summary>A folder of root certificates (.cer, .crt, .pem) to anchor chains in: the national roots in production.</summary>
    public string? TrustedRootsFolder { get; set; }

    /// <summary>Verdict name to "send", "hold" (for a clerk) or "reject". Unlisted verdicts hold.</summary>
    public Dictionary<string, string> Policy { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["valid"] = "send",
        ["untrusted"] = "send",
    };

    public SignatureAction ActionFor(SignatureStatus status) =>
        Policy.TryGetValue(status.ToName(), out var action) && Enum.TryParse<SignatureAction>(action, ignoreCase: true, out var parsed)
            ? parsed
            : SignatureAction.Hold;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (verdict, action) in Policy)
        {
            if (!SignatureStatusNames.TryParse(verdict, out _))
            {
                yield return new ValidationResult($"Notify:Signatures:Policy: \"{verdict}\" is not a verdict (unsigned, valid, untrusted, altered, modified-after-signing, invalid)");
            }

            if (!Enum.TryParse<SignatureAction>(action, ignoreCase: true, out _))
            {
                yield return new ValidationResult($"Notify:Signatures:Policy:{verdict}: \"{action}\" is not send, hold or reject");
            }
        }

        if (TrustedRootsFolder is { Length: > 0 } folder && !System.IO.Directory.Exists(folder))
        {
            yield return new ValidationResult($"Notify:Signatures:TrustedRootsFolder: folder \"{folder}\" not found");
        }
    }
}
