using KpiTracker.ServiceDefaults.Health;
using KpiTracker.ServiceDefaults.Idempotency;
using KpiTracker.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KpiTracker.ServiceDefaults.Data;

public static class DataExtensions
{
    /// <summary>
    /// The service's DbContext on PostgreSQL (ConnectionStrings:Db, required), snake_case names,
    /// the outbox notifier, and a readiness check that the database answers.
    /// </summary>
    public static IHostApplicationBuilder AddKpiDbContext<TDb>(this IHostApplicationBuilder builder) where TDb : KpiDbContext
    {
        var connectionString = builder.Configuration.GetConnectionString("Db");
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException("ConnectionStrings:Db is not set: give the service its PostgreSQL connection string (env ConnectionStrings__Db).");

        builder.Services.AddSingleton<OutboxNotifier>();
        builder.Services.AddDbContext<TDb>((sp, o) => o
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(sp.GetRequiredService<OutboxNotifier>()));
        builder.Services.AddScoped<IIdempotencyStore, IdempotencyStore<TDb>>();
        builder.Services.AddSingleton<ReplicaWait>();
        builder.Services.AddHealthChecks().AddDbContextCheck<TDb>("database", tags: [HealthExtensions.ReadyTag]);
        return builder;
    }
}
