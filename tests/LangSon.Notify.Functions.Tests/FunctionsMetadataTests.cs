using System.Reflection;
using System.Text.Json.Nodes;
using LangSon.Notify.Functions.Tests.Support;
using Microsoft.Azure.Functions.Worker;

namespace LangSon.Notify.Functions.Tests;

/// <summary>Core Tools cannot run here, so the generated metadata the host would load is checked instead.</summary>
public sealed class FunctionsMetadataTests
{
    private static readonly JsonArray Metadata = (JsonArray)JsonNode.Parse(File.ReadAllText(Path.Combine(BuildPaths.FunctionsOutput, "functions.metadata")))!;

    [Fact]
    public void FunctionsMetadata_EveryFunctionInTheAssembly_IsListed()
    {
        var declared = typeof(NoticeFunctions).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Select(m => m.GetCustomAttribute<FunctionAttribute>()?.Name)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

        Assert.Equal(["AckAnswer", "AckPage", "CheckDeadlines", "FailPoisonDelivery", "Health", "IngestNotice", "NoticeReceipts", "RecoverySweep", "SendDelivery", "SendGridReceipts", "TwilioReceipts"], declared);
        Assert.Equal(declared, Metadata.Select(f => f!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FunctionsMetadata_IngestNotice_IsEventGridBlobTriggerOnNotices()
    {
        var trigger = Trigger("IngestNotice");

        Assert.Equal("blobTrigger", trigger["type"]!.GetValue<string>());
        Assert.Equal("notices/{name}", trigger["path"]!.GetValue<string>());
        Assert.Equal("EventGrid", trigger["source"]!.GetValue<string>());
        Assert.Equal("AzureWebJobsStorage", trigger["connection"]!.GetValue<string>());
        Assert.Equal("LangSon.Notify.Functions.NoticeFunctions.IngestAsync", Function("IngestNotice")["entryPoint"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("SendDelivery", "deliveries", "LangSon.Notify.Functions.DeliveryFunctions.SendAsync")]
    [InlineData("FailPoisonDelivery", "deliveries-poison", "LangSon.Notify.Functions.DeliveryFunctions.FailPoisonAsync")]
    public void FunctionsMetadata_DeliveryFunctions_AreQueueTriggersOnTheirQueues(string name, string queue, string entryPoint)
    {
        var trigger = Trigger(name);

        Assert.Equal("queueTrigger", trigger["type"]!.GetValue<string>());
        Assert.Equal(queue, trigger["queueName"]!.GetValue<string>());
        Assert.Equal("AzureWebJobsStorage", trigger["connection"]!.GetValue<string>());
        Assert.Equal(entryPoint, Function(name)["entryPoint"]!.GetValue<string>());
    }

    [Fact]
    public void FunctionsMetadata_Health_IsAnonymousGetOnHealthRoute()
    {
        var trigger = Trigger("Health");

        Assert.Equal("httpTrigger", trigger["type"]!.GetValue<string>());
        Assert.Equal("health", trigger["route"]!.GetValue<string>());
        Assert.Equal("Anonymous", trigger["authLevel"]!.GetValue<string>());
        Assert.Equal(["get"], trigger["methods"]!.AsArray().Select(m => m!.GetValue<string>()));
    }

    [Theory]
    [InlineData("SendGridReceipts", "receipts/sendgrid", "post", "Anonymous")]
    [InlineData("TwilioReceipts", "receipts/twilio", "post", "Anonymous")]
    [InlineData("NoticeReceipts", "notices/{id}/receipts", "get", "Function")]
    [InlineData("AckPage", "ack/{token}", "get", "Anonymous")]
    [InlineData("AckAnswer", "ack/{token}", "post", "Anonymous")]
    public void FunctionsMetadata_ReceiptFunctions_AreHttpTriggersOnTheirRoutes(string name, string route, string method, string authLevel)
    {
        var trigger = Trigger(name);

        Assert.Equal("httpTrigger", trigger["type"]!.GetValue<string>());
        Assert.Equal(route, trigger["route"]!.GetValue<string>());
        Assert.Equal(authLevel, trigger["authLevel"]!.GetValue<string>());
        Assert.Equal([method], trigger["methods"]!.AsArray().Select(m => m!.GetValue<string>()));
    }

    [Fact]
    public void FunctionsMetadata_CheckDeadlines_IsATimerEveryQuarterHour()
    {
        var trigger = Trigger("CheckDeadlines");

        Assert.Equal("timerTrigger", trigger["type"]!.GetValue<string>());
        Assert.Equal("0 */15 * * * *", trigger["schedule"]!.GetValue<string>());
    }

    [Fact]
    public void FunctionsMetadata_RecoverySweep_IsATimerOnTheConfiguredSchedule()
    {
        var trigger = Trigger("RecoverySweep");

        Assert.Equal("timerTrigger", trigger["type"]!.GetValue<string>());
        Assert.Equal("%NOTIFY_RECOVERY_SCHEDULE%", trigger["schedule"]!.GetValue<string>());
        Assert.Equal("LangSon.Notify.Functions.RecoveryFunctions.SweepAsync", Function("RecoverySweep")["entryPoint"]!.GetValue<string>());
    }

    [Fact]
    public void LocalSettings_RecoverySchedule_EveryTwoMinutes()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(BuildPaths.FunctionsOutput, "local.settings.json")))!["Values"]!;

        Assert.Equal("0 */2 * * * *", settings[RecoveryFunctions.ScheduleSetting]!.GetValue<string>());
    }

    [Fact]
    public void BuildOutput_HostJson_IsTheRepositoryRootOne()
    {
        Assert.Equal(
            File.ReadAllText(Path.Combine(BuildPaths.RepositoryRoot, "host.json")),
            File.ReadAllText(Path.Combine(BuildPaths.FunctionsOutput, "host.json")));
    }

    [Fact]
    public void BuildOutput_ExtensionsJson_LoadsTheStorageExtensionsIntoTheHost()
    {
        var extensions = JsonNode.Parse(File.ReadAllText(Path.Combine(BuildPaths.FunctionsOutput, "extensions.json")))!["extensions"]!.AsArray()
            .Select(e => e!["name"]!.GetValue<string>());

        Assert.Contains("AzureStorageBlobs", extensions);
        Assert.Contains("AzureStorageQueues", extensions);
    }

    private static JsonObject Function(string name) =>
        Metadata.Single(f => f!["name"]!.GetValue<string>() == name)!.AsObject();

    private static JsonObject Trigger(string name) =>
        Function(name)["bindings"]!.AsArray().Single(b => b!["type"]!.GetValue<string>().EndsWith("Trigger", StringComparison.Ordinal))!.AsObject();
}
