namespace KpiTracker.Testing;

/// <summary>
/// Where the real PostgreSQL and RabbitMQ of the tests are. `./kpi test` exports these from
/// .kpi/env; the defaults are what `./kpi infra` sets up, so an IDE run works after it too.
/// </summary>
public static class TestInfrastructure
{
    public static string PgAdminConnection =>
        Environment.GetEnvironmentVariable("KPI_PG_ADMIN_CONNECTION")
        ?? "Host=127.0.0.1;Port=55432;Database=postgres;Username=kpi_admin;Password=kpi_dev";

    public static string RabbitHost => Environment.GetEnvironmentVariable("KPI_RABBIT_HOST") ?? "127.0.0.1";
    public static int RabbitPort => int.TryParse(Environment.GetEnvironmentVariable("KPI_RABBIT_PORT"), out var p) ? p : 55672;
    public static string RabbitUser => Environment.GetEnvironmentVariable("KPI_RABBIT_USER") ?? "kpi";
    public static string RabbitPassword => Environment.GetEnvironmentVariable("KPI_RABBIT_PASSWORD") ?? "kpi_dev";
    public static string RabbitVirtualHost => Environment.GetEnvironmentVariable("KPI_RABBIT_VHOST") ?? "kpi";

    /// <summary>
    /// A loopback port nobody listens on, for a process a test starts. Never one of our PostgreSQL's or RabbitMQ's
    /// ports (AMQP, epmd, distribution): they lie inside Linux's ephemeral range, so while a fault test has the broker
    /// stopped the system could hand its port to a test's service, and the broker could not listen again.
    /// </summary>
    public static int FreePort()
    {
        var ours = new HashSet<int> { PgPort, RabbitPort, RabbitPort + 1, RabbitPort + 2 };
        while (true)
        {
            using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            listener.Start();
            var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
            if (!ours.Contains(port)) return port;
        }
    }

    static int PgPort => new Npgsql.NpgsqlConnectionStringBuilder(PgAdminConnection).Port;

    /// <summary>Finds the repository root (the folder holding KpiTracker.sln).</summary>
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KpiTracker.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("KpiTracker.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
