using KpiTracker.ServiceDefaults.Audit;
using KpiTracker.ServiceDefaults.Health;
using KpiTracker.ServiceDefaults.Idempotency;
using KpiTracker.ServiceDefaults.Messaging;
using KpiTracker.ServiceDefaults.Retention;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KpiTracker.ServiceDefaults.Data;

public static class DataExtensions
{
    /// <summary>
    /// The service's DbContext on PostgreSQL (ConnectionStrings:Db, required), snake_case names,
    /// the outbox notifier, the audit interceptor (Audit:Enabled), the retention purge of the inbox and the
    /// idempotency keys, and a readiness check that the database answers.
    /// </summary>
    public static IHostApplicationBuilder AddKpiDbContext<TDb>(this IHostApplicationBuilder builder) where TDb : DbContext, IHoldsIdempotencyKeys
    {
        // Checked at start with every other setting (not here), so one failed start names them all.
        builder.Services.AddOptions<DatabaseOptions>()
            .Configure<IConfiguration>((o, configuration) => o.ConnectionString = configuration.GetConnectionString("Db") ?? "")
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidation>();

        builder.Services.AddSingleton<OutboxNotifier>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AuditOptions>, AuditOptionsValidation>();
        builder.Services.AddSingleton<AuditInterceptor>();
        builder.Services.AddDbContext<TDb>((sp, o) => o
            .UseNpgsql(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString,
                npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(sp.GetRequiredService<OutboxNotifier>(), sp.GetRequiredService<AuditInterceptor>()));
        builder.Services.AddScoped<IIdempotencyStore, IdempotencyStore<TDb>>();
        builder.Services.AddSingleton<ReplicaWait>();
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidation>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<RetentionPurge<TDb>>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<RetentionPurge<TDb>>());
        builder.Services.AddHealthChecks().AddDbContextCheck<TDb>("database", tags: [HealthExtensions.ReadyTag]);
        return builder;
    }
}
