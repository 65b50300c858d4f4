using Npgsql;

namespace KpiTracker.Testing;

/// <summary>
/// A fresh, empty PostgreSQL database for one test class, dropped afterwards. Real PostgreSQL,
/// never an in-memory stand-in: the tests exercise SKIP LOCKED, NOTIFY, arrays and jsonb.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    readonly string adminConnection;
    public string Name { get; }
    public string ConnectionString { get; }

    TestDatabase(string name, string connectionString, string adminConnection)
    {
        Name = name;
        ConnectionString = connectionString;
        this.adminConnection = adminConnection;
    }

    /// <summary>On the tests' cluster, or on another one (a private cluster a fault test may crash).</summary>
    public static async Task<TestDatabase> CreateAsync(string prefix, string? adminConnection = null)
    {
        adminConnection ??= TestInfrastructure.PgAdminConnection;
        var name = $"t_{prefix}_{Guid.NewGuid():N}"[..Math.Min(60, prefix.Length + 35)].ToLowerInvariant();
        await using (var admin = new NpgsqlConnection(adminConnection))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        var cs = new NpgsqlConnectionStringBuilder(adminConnection) { Database = name }.ConnectionString;
        return new TestDatabase(name, cs, adminConnection);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(adminConnection);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
