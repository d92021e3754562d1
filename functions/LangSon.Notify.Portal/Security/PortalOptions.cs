using System.ComponentModel.DataAnnotations;

namespace LangSon.Notify.Portal.Security;

/// <summary>Bound from "Portal"; validated at start.</summary>
public sealed class PortalOptions : IValidatableObject
{
    public const string SectionName = "Portal";

    public PortalAuthenticationMode Authentication { get; set; } = PortalAuthenticationMode.Local;

    public List<LocalAccount> Accounts { get; set; } = [];

    public List<ApiKeyEntry> ApiKeys { get; set; } = [];

    /// <summary>How long a sign-in lasts without activity.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Rows per page of the notices list and a notice's deliveries.</summary>
    [Range(10, 1000)]
    public int PageSize { get; set; } = 50;

    /// <summary>Sign-in attempts allowed per client address per minute.</summary>
    [Range(1, 1000)]
    public int SignInAttemptsPerMinute { get; set; } = 30;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Authentication == PortalAuthenticationMode.Local && Accounts.Count == 0)
        {
            yield return new ValidationResult("Portal:Accounts is empty: with Portal:Authentication = Local at least one account is needed (notify portal-accounts creates them).");
        }

        foreach (var (account, i) in Accounts.Select((a, i) => (a, i)))
        {
            if (string.IsNullOrWhiteSpace(account.UserName))
            {
                yield return new ValidationResult($"Portal:Accounts:{i}:UserName is empty.");
            }

            if (!PasswordHashes.LooksValid(account.PasswordHash))
            {
                yield return new ValidationResult($"Portal:Accounts:{i}:PasswordHash ({account.UserName}) is not a password hash (ASP.NET Core Identity v3 format, base64): store hashes, never passwords.");
            }

            foreach (var role in account.Roles.Where(r => r is not (PortalRoles.Clerk or PortalRoles.Admin)))
            {
                yield return new ValidationResult($"Portal:Accounts:{i}:Roles has '{role}'; the roles are {PortalRoles.Clerk} and {PortalRoles.Admin}.");
            }
        }

        foreach (var (key, i) in ApiKeys.Select((k, i) => (k, i)))
        {
            if (key.Sha256.Length != 64 || !key.Sha256.All(Uri.IsHexDigit))
            {
                yield return new ValidationResult($"Portal:ApiKeys:{i}:Sha256 ({key.Name}) must be the 64 hex digits of the key's SHA-256, not the key.");
            }
        }
    }
}
