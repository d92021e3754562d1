namespace LangSon.Notify.Portal.Security;

/// <summary>An on-premises account from configuration ("Portal:Accounts"). Only the password's hash is stored.</summary>
public sealed class LocalAccount
{
    public string UserName { get; set; } = "";

    public string? DisplayName { get; set; }

    /// <summary>ASP.NET Core Identity's PBKDF2 format (version 3: HMAC-SHA512, 100,000 iterations, 16-byte salt), base64.</summary>
    public string PasswordHash { get; set; } = "";

    /// <summary><see cref="PortalRoles.Clerk"/> and/or <see cref="PortalRoles.Admin"/>.</summary>
    public List<string> Roles { get; set; } = [];
}
