using KpiTracker.ServiceDefaults.Audit;

namespace KpiTracker.ServiceDefaults;

/// <summary>
/// The one way a service starts, so every Program.cs says only what is its own: the service defaults and the
/// service's registrations, the build, the migration (a run asked only to migrate ends there), the default
/// endpoints and the audit trail of the service's database, then the service's own endpoints.
/// </summary>
public static class ServiceHost
{
    /// <param name="service">The service's name in its audit trail.</param>
    /// <param name="services">The service's own registrations, after the defaults.</param>
    /// <param name="endpoints">The service's own middleware and endpoints, after the defaults and the audit API.</param>
    /// <param name="first">Middleware that must run before the defaults' (e.g. forwarded headers).</param>
    public static async Task RunAsync<TDb>(
        string[] args, string service, Action<WebApplicationBuilder> services, Action<WebApplication> endpoints,
        Action<WebApplication>? first = null)
        where TDb : DbContext
    {
        var app = Build(args, services);
        if (await app.MigrateAsync<TDb>(args)) return;
        first?.Invoke(app);
        app.MapDefaultEndpoints();
        app.MapAuditApi<TDb>(service);
        endpoints(app);
        await app.RunAsync();
    }

    /// <summary>A service without a database of its own: no migration, no audit trail.</summary>
    public static async Task RunAsync(string[] args, Action<WebApplicationBuilder> services, Action<WebApplication> endpoints)
    {
        var app = Build(args, services);
        app.MapDefaultEndpoints();
        endpoints(app);
        await app.RunAsync();
    }

    static WebApplication Build(string[] args, Action<WebApplicationBuilder> services)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        services(builder);
        return builder.Build();
    }
}
