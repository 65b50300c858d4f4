using KpiTracker.Operations.Tests.Otlp;
using KpiTracker.Testing;
using Npgsql;

namespace KpiTracker.Operations.Tests;

/// <summary>
/// The real stack with what operations need to see: Measurements reaches its database through a
/// <see cref="TcpProxy"/> (stopping it is PostgreSQL stopped, for this service only), and every
/// process serves /metrics on a port of its own.
/// </summary>
public sealed class OpsStack : Stack, IAsyncLifetime
{
    readonly Dictionary<string, int> metricsPorts = [];
    readonly NpgsqlConnectionStringBuilder admin = new(TestInfrastructure.PgAdminConnection);

    public TcpProxy MeasurementsDatabase { get; }

    /// <summary>Where every process sends its traces, metrics and logs over OTLP/HTTP.</summary>
    public OtlpCollector Collector { get; } = new();

    public OpsStack() => MeasurementsDatabase = new TcpProxy(admin.Host!, admin.Port);

    public string MetricsUrl(string name) => $"http://127.0.0.1:{metricsPorts[name]}/metrics";

    protected override void Configure(string name, Dictionary<string, string> environment)
    {
        metricsPorts[name] = TestInfrastructure.FreePort();
        environment["Metrics__Port"] = metricsPorts[name].ToString();
        environment["Outbox__MetricsInterval"] = "00:00:01";
        environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = Collector.Url;
        environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        environment["OTEL_BSP_SCHEDULE_DELAY"] = "500"; // export spans twice a second, not every five
        if (name == "measurements")
        {
            var cs = new NpgsqlConnectionStringBuilder(environment["ConnectionStrings__Db"])
            {
                Host = "127.0.0.1", Port = MeasurementsDatabase.Port,
            };
            environment["ConnectionStrings__Db"] = cs.ConnectionString;
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        MeasurementsDatabase.Start();
        await DisposeAsync();
        await MeasurementsDatabase.DisposeAsync();
        await Collector.DisposeAsync();
    }
}
