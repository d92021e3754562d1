using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using LangSon.Notify.Portal.Security;
using LangSon.Notify.SelfHost.Tests.Support;

namespace LangSon.Notify.Portal.Tests;

/// <summary>The local run's accounts: what `notify portal-accounts` prints is what the portal accepts.</summary>
public sealed class PortalAccountsCommandTests
{
    [Fact]
    public async Task PortalAccounts_HashesMatchSecrets_AsThePortalVerifiesThem()
    {
        var cli = Path.Combine(Repo.Root, "functions", "LangSon.Notify.Cli", "bin", Repo.Configuration, "net10.0", "notify.dll");
        using var process = Process.Start(new ProcessStartInfo("dotnet", [cli, "portal-accounts"]) { RedirectStandardOutput = true, UseShellExecute = false })!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        var values = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1].Trim());

        var clerk = new LocalAccount { UserName = values["PORTAL_CLERK_USER"], PasswordHash = values["PORTAL_CLERK_HASH"] };
        Assert.True(PasswordHashes.LooksValid(clerk.PasswordHash));
        Assert.True(PasswordHashes.Verify(clerk, values["PORTAL_CLERK_PASSWORD"]));
        Assert.False(PasswordHashes.Verify(clerk, values["PORTAL_ADMIN_PASSWORD"]));
        Assert.True(PasswordHashes.Verify(new LocalAccount { PasswordHash = values["PORTAL_ADMIN_HASH"] }, values["PORTAL_ADMIN_PASSWORD"]));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(values["PORTAL_API_KEY"]))), values["PORTAL_API_KEY_SHA256"]);
        Assert.DoesNotContain(values["PORTAL_CLERK_PASSWORD"], values["PORTAL_CLERK_HASH"], StringComparison.Ordinal);
    }

    [Fact]
    public void PortalOptions_PasswordInsteadOfHash_IsRefusedWithItsName()
    {
        var options = new PortalOptions { Accounts = [new LocalAccount { UserName = "vanthu", PasswordHash = "plain-password", Roles = ["VanThu"] }], ApiKeys = [new ApiKeyEntry { Name = "k", Sha256 = "the-key" }] };
        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).Select(e => e.ErrorMessage).ToList();
        Assert.Contains(errors, e => e!.Contains("Portal:Accounts:0:PasswordHash (vanthu)", StringComparison.Ordinal));
        Assert.Contains(errors, e => e!.Contains("Portal:ApiKeys:0:Sha256 (k)", StringComparison.Ordinal));
    }
}
