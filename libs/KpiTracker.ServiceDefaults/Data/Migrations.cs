using KpiTracker.ServiceDefaults.Configuration;

namespace KpiTracker.ServiceDefaults.Data;

public static class Migrations
{
    public const string MigrateOnlyArgument = "--migrate-only";

    /// <summary>
    /// `--migrate-only` applies the migrations and exits (what `kpi up` and the deploy jobs run);
    /// otherwise migrations run at start when Database:MigrateOnStartup is true (development and
    /// tests). EF Core takes a database lock while migrating, so concurrent starts are safe.
    /// </summary>
    public static async Task<bool> MigrateAsync<TDb>(this WebApplication app, string[] args) where TDb : DbContext
    {
        // Every setting is checked before anything else runs, migrating or not.
        app.ValidateSettings();
        var only = args.Contains(MigrateOnlyArgument);
        if (!only && !app.Configuration.GetValue("Database:MigrateOnStartup", false)) return false;

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDb>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Migrations");
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        logger.LogInformation("Applying {Count} migration(s) to {Database}", pending.Count, db.Database.GetDbConnection().Database);
        await db.Database.MigrateAsync();
        // The audit trail's table and triggers, the same in every service, outside the EF model.
        await Audit.AuditSchema.EnsureAsync(db);
        return only;
    }
}
