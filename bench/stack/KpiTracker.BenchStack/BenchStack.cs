using KpiTracker.Testing.Processes;
using Npgsql;

/// <summary>
/// Settings as `kpi up` gives them, not the tests' chatty logs (every request logged costs CPU the
/// numbers would miss), on a private cluster configured like `kpi infra`'s (fsync on).
/// </summary>
sealed class BenchStack : Stack
{
    PrivatePostgres postgres = null!;

    protected override string PgAdminConnection => postgres.AdminConnection;

    public override async Task InitializeAsync()
    {
        postgres = await PrivatePostgres.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        finally
        {
            await postgres.DisposeAsync();
        }
    }

    protected override void Configure(string name, Dictionary<string, string> environment)
    {
        environment["Outbox__PollInterval"] = "00:00:02";
        environment["Logging__LogLevel__Default"] = "Warning";
        environment["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Warning";
        environment["Logging__LogLevel__KpiTracker"] = "Warning";
    }

    /// <summary>Sets synchronous_commit for the whole cluster and waits until a new session sees it.</summary>
    public async Task SetSynchronousCommitAsync(string mode)
    {
        await using var admin = new NpgsqlConnection(postgres.AdminConnection);
        await admin.OpenAsync();
        // ALTER SYSTEM cannot take a parameter; mode is "on" or "off", checked by the caller.
        await using (var set = new NpgsqlCommand($"ALTER SYSTEM SET synchronous_commit = '{mode}'", admin)) await set.ExecuteNonQueryAsync();
        await using (var reload = new NpgsqlCommand("SELECT pg_reload_conf()", admin)) await reload.ExecuteScalarAsync();
        for (var i = 0; i < 100; i++)
        {
            await using var probe = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgres.AdminConnection) { Pooling = false }.ConnectionString);
            await probe.OpenAsync();
            await using var show = new NpgsqlCommand("SHOW synchronous_commit", probe);
            if ((string?)await show.ExecuteScalarAsync() == mode) return;
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"synchronous_commit did not become {mode}");
    }
}
