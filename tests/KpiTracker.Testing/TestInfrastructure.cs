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
