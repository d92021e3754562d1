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
    [InlineData("ba92f5b4-2d11-453d-a403-e96b0029c9fe")] // Storage Blob Data Contributor
    [InlineData("db58b8e5-c6ad-4a2a-8342-4190687cbf4a")] // Storage Blob Delegator
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
    [InlineData("NOTIFY_RECOVERY_SCHEDULE")]
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

    [Fact]
    public void MainBicep_AppStorageRoles_AreScopedToContainersQueuesAndTables()
    {
        var appStorageRoles = RoleAssignments("rbac")
            .Where(r => r.Principal.Contains("identityPrincipalId", StringComparison.Ordinal))
            .Where(r => StorageDataRoles.Any(role => r.Role.Contains(role, StringComparison.Ordinal)))
            .ToList();

        Assert.Equal(3, appStorageRoles.Count);
        Assert.All(appStorageRoles, r => Assert.Matches("blobServices/containers|queueServices/queues|tableServices/tables", r.Scope));
        var accountWide = RoleAssignments("rbac")
            .Where(r => r.Principal.Contains("identityPrincipalId", StringComparison.Ordinal) && r.Scope.Contains("'Microsoft.Storage/storageAccounts'", StringComparison.Ordinal))
            .Select(r => r.Role)
            .ToList();
        Assert.Equal("storageBlobDelegator", Assert.Single(accountWide.Select(RoleName)));
    }

    [Fact]
    public void StorageNamesJson_ListsEveryContainerQueueAndTableTheCodeUses()
    {
        var names = JsonNode.Parse(File.ReadAllText(Path.Combine(BuildPaths.RepositoryRoot, "infra", "app", "storage-names.json")))!;
        var declared = new[] { "containers", "queues", "tables" }
            .ToDictionary(kind => kind, kind => names[kind]!.AsArray().Select(n => n!.GetValue<string>()).ToHashSet());
        var used = typeof(LangSon.Notify.Core.Storage.StorageNames)
            .GetFields()
            .Where(f => f.IsLiteral)
            .Select(f => (f.Name, Value: (string)f.GetRawConstantValue()!))
            .ToList();

        Assert.NotEmpty(used);
        Assert.All(used, name =>
        {
            var kind = name.Name.EndsWith("Container", StringComparison.Ordinal) ? "containers"
                : name.Name.EndsWith("Queue", StringComparison.Ordinal) ? "queues"
                : name.Name.EndsWith("Table", StringComparison.Ordinal) ? "tables"
                : throw new InvalidOperationException($"StorageNames.{name.Name} is not named as a container, queue or table");
            Assert.True(declared[kind].Contains(name.Value), $"infra/app/storage-names.json lacks {kind[..^1]} '{name.Value}' (StorageNames.{name.Name}), so the app would get no role on it");
        });
    }

    [Fact]
    public void MainBicep_NoticeEvents_DeadLetterWithTheTopicIdentity()
    {
        var script = File.ReadAllText(Path.Combine(BuildPaths.RepositoryRoot, "infra", "scripts", "subscribe-notice-events.sh"));
        var topicRoles = RoleAssignments("rbac").Where(r => r.Principal.Contains("eventGridTopicPrincipalId", StringComparison.Ordinal)).ToList();

        Assert.Contains("Microsoft.EventGrid/systemTopics", Build.Value.Output, StringComparison.Ordinal);
        Assert.Contains("SystemAssigned", Build.Value.Output, StringComparison.Ordinal);
        Assert.Contains("deadLetterContainer", Assert.Single(topicRoles).Scope, StringComparison.Ordinal);
        Assert.Contains("--deadletter-identity-endpoint", script, StringComparison.Ordinal);
        Assert.Contains("--max-delivery-attempts", script, StringComparison.Ordinal);
    }

    [Fact]
    public void MainBicep_VnetEnabled_PutsStorageAndKeyVaultBehindPrivateEndpoints()
    {
        var template = Build.Value.Output;

        Assert.Contains("\"vnetEnabled\"", template, StringComparison.Ordinal);
        Assert.Contains("\"allowedIpRanges\"", template, StringComparison.Ordinal);
        Assert.Contains("Microsoft.Network/privateEndpoints", template, StringComparison.Ordinal);
        foreach (var group in new[] { "blob", "queue", "table", "vault" })
        {
            Assert.Contains($"\"groupId\": \"{group}\"", template, StringComparison.Ordinal);
        }
    }

    private static readonly string[] StorageDataRoles =
    [
        "storageBlobDataOwner", "storageBlobDataContributor", "storageQueueDataContributor", "storageTableDataContributor",
    ];

    private static string RoleName(string roleExpression) =>
        System.Text.RegularExpressions.Regex.Match(roleExpression, @"variables\('roles'\)\.(\w+)", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)).Groups[1].Value;

    private static List<(string Scope, string Principal, string Role)> RoleAssignments(string module)
    {
        var template = JsonNode.Parse(Build.Value.Output)!;
        var deployment = template["resources"]!.AsArray()
            .Single(r => r!["type"]!.GetValue<string>() == "Microsoft.Resources/deployments" && r["name"]!.GetValue<string>() == module);
        var resources = deployment!["properties"]!["template"]!["resources"]!;
        var list = resources is JsonArray array ? array.ToList() : resources.AsObject().Select(p => p.Value).ToList();
        return list
            .Where(r => r!["type"]!.GetValue<string>() == "Microsoft.Authorization/roleAssignments")
            .Select(r => (r!["scope"]?.GetValue<string>() ?? "", r["properties"]!["principalId"]!.GetValue<string>(), r["properties"]!["roleDefinitionId"]!.GetValue<string>()))
            .ToList();
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
