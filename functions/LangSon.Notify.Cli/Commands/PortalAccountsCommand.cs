using System.Buffers.Binary;
using System.CommandLine;
using System.Security.Cryptography;
using System.Text;

namespace LangSon.Notify.Cli.Commands;

/// <summary>
/// <c>notify portal-accounts</c>: makes a clerk account, an admin account and an API key with random secrets, and
/// prints them as NAME=value lines for a script: each secret once, beside the hash that goes into configuration.
/// Configuration never needs the secrets themselves.
/// </summary>
internal static class PortalAccountsCommand
{
    public static Command Create()
    {
        var clerk = new Option<string>("--clerk") { Description = "User name of the clerk (Văn thư) account.", DefaultValueFactory = _ => "vanthu" };
        var admin = new Option<string>("--admin") { Description = "User name of the admin (Quản trị) account.", DefaultValueFactory = _ => "quantri" };
        var command = new Command("portal-accounts", "Make a clerk account, an admin account and an API key for the portal; print secrets and their hashes.") { clerk, admin };
        command.SetAction(parse =>
        {
            var clerkPassword = Secret(12);
            var adminPassword = Secret(12);
            var apiKey = Secret(24);
            Console.WriteLine($"PORTAL_CLERK_USER={parse.GetValue(clerk)}");
            Console.WriteLine($"PORTAL_CLERK_PASSWORD={clerkPassword}");
            Console.WriteLine($"PORTAL_CLERK_HASH={HashPassword(clerkPassword)}");
            Console.WriteLine($"PORTAL_ADMIN_USER={parse.GetValue(admin)}");
            Console.WriteLine($"PORTAL_ADMIN_PASSWORD={adminPassword}");
            Console.WriteLine($"PORTAL_ADMIN_HASH={HashPassword(adminPassword)}");
            Console.WriteLine($"PORTAL_API_KEY={apiKey}");
            Console.WriteLine($"PORTAL_API_KEY_SHA256={HashApiKey(apiKey)}");
            return 0;
        });
        return command;
    }

    /// <summary>Letters and digits only, so the secret survives shells and URLs.</summary>
    internal static string Secret(int length)
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        return RandomNumberGenerator.GetString(alphabet, length);
    }

    internal static string HashApiKey(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>
    /// ASP.NET Core Identity's password hash, version 3 (what the portal verifies with its PasswordHasher): marker
    /// 0x01, PRF HMAC-SHA512, 100,000 iterations, 16-byte salt, 32-byte subkey, integers big-endian, then base64.
    /// </summary>
    internal static string HashPassword(string password)
    {
        const int iterations = 100_000;
        var salt = RandomNumberGenerator.GetBytes(16);
        var subkey = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA512, 32);
        var output = new byte[13 + salt.Length + subkey.Length];
        output[0] = 0x01;
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(1), 2); // KeyDerivationPrf.HMACSHA512
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(5), iterations);
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(9), (uint)salt.Length);
        salt.CopyTo(output, 13);
        subkey.CopyTo(output, 13 + salt.Length);
        return Convert.ToBase64String(output);
    }
}
