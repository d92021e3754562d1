using System.Diagnostics;
using System.Text.Json.Nodes;
using LangSon.Notify.Functions.Tests.Support;

namespace LangSon.Notify.Functions.Tests;

/// <summary>Compiles infra/main.bicep with the Bicep CLI from NuGet and checks what the deployment would grant and set.</summary>
public sealed class InfraTemplateTests
{
    private static readonly Lazy<(int ExitCode, string Output, string Errors)> Build = new(CompileMainBicep);

    [Fact]
    public void MainBicep_Build_SucceedsWithoutWarnings()
    {
        var (exitCode, _, errors) = Build.Value;

        Assert.True(exitCode == 0, errors);
        Assert.Equal(string.Empty, errors.Trim());
    }

    [Theory]
    [InlineData("b7e6dc6d-f1e8-4753-8033-0f276bb0955b")] // Storage Blob Data Owner
    [InlineData("974c5e8b-45b9-4653-ba55-5f855dd0fb88")] // Storage Queue Data Contributor
    [InlineData("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3")] // Storage Table Data Contributor
    [InlineData("4633458b-17de-408a-b874-0445c86b69e6")] // Key Vault Secrets User
    [InlineData("3913510d-42f4-4e42-8a64-420c390055eb")] // Monitoring Metrics Publisher
    public void MainBicep_AppIdentity_IsGrantedTheDataRole(string roleId)
    {
        Assert.Contains(roleId, Build.Value.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AzureWebJobsStorage__accountName")]
    [InlineData("AzureWebJobsStorage__credential")]
    [InlineData("AzureWebJobsStorage__clientId")]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING")]
    [InlineData("Notify__SendGrid__ApiKey")]
    [InlineData("Notify__Twilio__AuthToken")]
    [InlineData("Notify__Twilio__StatusCallbackUrl")]
    public void MainBicep_FunctionApp_SetsTheSetting(string setting)
    {
        // Settings built from runtime values compile to createObject('name', ...), others to JSON keys.
        Assert.Matches($"[\"']{setting}[\"']", Build.Value.Output);
    }

    [Fact]
    public void MainBicep_Secrets_AreKeyVaultReferencesNeverValues()
    {
        var template = JsonNode.Parse(Build.Value.Output)!.ToJsonString();

        Assert.Contains("@Microsoft.KeyVault(SecretUri=", template, StringComparison.Ordinal);
        Assert.DoesNotContain("AzureWebJobsStorage\":", template, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountKey=", template, StringComparison.Ordinal);
    }

    private static (int, string, string) CompileMainBicep()
    {
        // NuGet does not keep the executable bit when it extracts the package (a linux-x64 one).
        if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(BuildPaths.BicepCli).HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(BuildPaths.BicepCli, File.GetUnixFileMode(BuildPaths.BicepCli) | UnixFileMode.UserExecute);
        }

        var start = new ProcessStartInfo(BuildPaths.BicepCli, ["build", Path.Combine(BuildPaths.RepositoryRoot, "infra", "main.bicep"), "--stdout"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {BuildPaths.BicepCli}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, errors.Result);
    }
}
