using KpiTracker.ServiceDefaults.Logging;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace KpiTracker.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>Our own spans (outbox dispatch) live under this source.</summary>
    public const string KpiSourceName = "KpiTracker";

    /// <summary>
    /// Traces, metrics and logs for every process. They are always collected (so in-process
    /// listeners and tests can see them) and exported over OTLP only when
    /// OTEL_EXPORTER_OTLP_ENDPOINT is set, so a developer machine needs no collector.
    /// </summary>
    public static IHostApplicationBuilder AddKpiTelemetry(this IHostApplicationBuilder builder, params string[] extraSources)
    {
        builder.AddKpiLogging();
        builder.ListenForMetrics();
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Environment.ApplicationName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit", "Npgsql", KpiSourceName)
                .AddPrometheusExporter())
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName, KpiSourceName, "MassTransit", "Yarp.ReverseProxy")
                .AddSource(extraSources)
                .AddAspNetCoreInstrumentation(o => o.Filter = ctx => !ctx.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddNpgsql());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }
}
