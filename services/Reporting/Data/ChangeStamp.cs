using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KpiTracker.Reporting.Data;

/// <summary>
/// A number that grows after every committed change to this database (consumers, reviewers,
/// rebuilds): the dashboard cache compares it to decide whether a cached answer is still current.
/// It is bumped after the commit, so a reader never caches data older than the stamp it saw;
/// at worst a reader in the few milliseconds between commit and bump serves the previous answer.
/// A PostgreSQL sequence, so concurrent writers never wait on each other for it.
/// </summary>
public sealed class ChangeStamp : DbTransactionInterceptor, ISaveChangesInterceptor
{
    public const string Sequence = "change_stamp";

    public static async Task<long> ReadAsync(ReportingDb db, CancellationToken ct) =>
        await db.Database.SqlQueryRaw<long>($"SELECT last_value AS \"Value\" FROM {Sequence}").SingleAsync(ct);

    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        if (eventData.Context is { } context) await BumpAsync(context, ct);
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context) Bump(context);
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        // Without an explicit transaction, SaveChanges committed on its own.
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null) await BumpAsync(context, ct);
        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null) Bump(context);
        return result;
    }

    const string BumpSql = $"SELECT nextval('{Sequence}')";

    // A plain command on the connection: EF still holds the committed transaction while this runs.
    static async Task BumpAsync(DbContext context, CancellationToken ct)
    {
        var connection = context.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            // SaveChanges without a transaction has closed the connection again: EF opens one for us.
            await context.Database.ExecuteSqlRawAsync(BumpSql, ct);
            return;
        }
        await using var command = connection.CreateCommand();
        command.CommandText = BumpSql;
        try { await command.ExecuteNonQueryAsync(ct); }
        catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.UndefinedTable) { /* migrating: no sequence yet */ }
    }

    static void Bump(DbContext context)
    {
        var connection = context.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            context.Database.ExecuteSqlRaw(BumpSql);
            return;
        }
        using var command = connection.CreateCommand();
        command.CommandText = BumpSql;
        try { command.ExecuteNonQuery(); }
        catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.UndefinedTable) { /* migrating: no sequence yet */ }
    }
}
