using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace LangSon.Notify.Core.Telemetry;

/// <summary>
/// The pipeline's traces and metrics. One trace per notice: ingest starts it, each delivery message carries its
/// context, and every send is a child of it, however many hosts and retries it takes.
/// </summary>
public static class NotifyTelemetry
{
    public const string Name = "LangSon.Notify";

    public static readonly ActivitySource Source = new(Name);

    internal static readonly Meter Meter = new(Name);

    internal static readonly Counter<long> Deliveries = Meter.CreateCounter<long>(
        "notify.deliveries", unit: "{delivery}", description: "Delivery attempts by outcome (sent, retry, failed) and channel.");

    internal static readonly Counter<long> ChannelPauses = Meter.CreateCounter<long>(
        "notify.channel.pauses", unit: "{pause}", description: "Channels paused because a provider refused the credentials or the configuration is wrong, by channel and source.");

    internal static readonly Histogram<double> SendDuration = Meter.CreateHistogram<double>(
        "notify.send.duration", unit: "ms", description: "Time to compose and hand one message to its provider.");

    internal static readonly Histogram<double> QueueAge = Meter.CreateHistogram<double>(
        "notify.queue.age", unit: "s", description: "Time from a delivery's creation to the attempt that sends it.");

    internal static readonly Histogram<double> TimeToAcknowledge = Meter.CreateHistogram<double>(
        "notify.acknowledge.duration", unit: "s", description: "Time from sending to the agency's answer 03 (đã tiếp nhận).");

    internal static readonly Counter<long> Recoveries = Meter.CreateCounter<long>(
        "notify.recovery", unit: "{item}", description: "What the recovery sweep did, by action (unsaved-send, claim-taken-over, requeued, notice-resumed, blob-ingested, failed).");

    /// <summary>The current trace as a W3C traceparent, to put in a queue message.</summary>
    public static string? CurrentTraceParent() => Activity.Current?.Id;

    /// <summary>A span whose parent is the trace a queue message carried, when it carried one.</summary>
    internal static Activity? StartFrom(string name, string? traceParent, ActivityKind kind = ActivityKind.Consumer) =>
        ActivityContext.TryParse(traceParent, null, out var parent)
            ? Source.StartActivity(name, kind, parent)
            : Source.StartActivity(name, kind);
}
