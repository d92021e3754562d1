using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace LangSon.Notify.Core.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// Traces and metrics of the pipeline through OpenTelemetry. Exported by OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is
    /// set, to the console when Notify:Telemetry:Console is true; the Functions host adds Azure Monitor.
    /// </summary>
    public static OpenTelemetryBuilder AddNotifyTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var console = configuration.GetValue<bool>("Notify:Telemetry:Console");
        var builder = services.AddOpenTelemetry()
            .WithTracing(tracing =>
            {
                tracing.AddSource(NotifyTelemetry.Name);
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }

                if (console)
                {
                    tracing.AddConsoleExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(NotifyTelemetry.Name);
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }

                if (console)
                {
                    metrics.AddConsoleExporter();
                }
            });
        return builder;
    }
}
