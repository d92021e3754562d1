using Microsoft.AspNetCore.Identity;

namespace LangSon.Notify.Portal.Security;

/// <summary>Verifies local passwords with ASP.NET Core Identity's PBKDF2 hasher.</summary>
internal static class PasswordHashes
{
    private static readonly PasswordHasher<LocalAccount> Hasher = new();

    // Verifying against this when the user is unknown makes both failures take as long.
    private static readonly string Decoy = Hasher.HashPassword(new LocalAccount(), Guid.NewGuid().ToString());

    public static string Hash(string password) => Hasher.HashPassword(new LocalAccount(), password);

    public static bool Verify(LocalAccount? account, string password)
    {
        var result = Hasher.VerifyHashedPassword(account ?? new LocalAccount(), account?.PasswordHash ?? Decoy, password);
        return account is not null && result != PasswordVerificationResult.Failed;
    }

    public static bool LooksValid(string? hash)
    {
        if (string.IsNullOrWhiteSpace(hash))
        {
            return false;
        }

        var bytes = new byte[hash.Length];
        return Convert.TryFromBase64String(hash, bytes, out var length) && length > 13 && bytes[0] == 0x01;
    }
}
