using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KpiTracker.Reporting.Data;

/// <summary>
/// Numbers that grow after every committed change to this database (consumers, reviewers,
/// rebuilds), so the dashboard can tell whether what it computed before is still current:
/// one for the whole database (last_value of a sequence) and one per project
/// (<see cref="ProjectStamp"/>), for the projects a commit touched.
/// Both are bumped after the commit, so a reader never keeps data older than the stamp it saw;
/// at worst a reader in the few milliseconds between commit and bump serves the previous answer.
/// Project stamps go first and in a statement of their own: a reader that sees the new global
/// stamp is sure to see the new project stamps too, so it never caches a whole answer built from
/// a stale project.
/// </summary>
public sealed class ChangeStamp : DbTransactionInterceptor, ISaveChangesInterceptor
{
    public const string Sequence = "change_stamp";

    public static async Task<long> ReadAsync(ReportingDb db, CancellationToken ct) =>
        await db.Database.SqlQueryRaw<long>($"SELECT last_value AS \"Value\" FROM {Sequence}").SingleAsync(ct);

    /// <summary>Projects a write changed out of the change tracker's sight (raw SQL, or a rule that now scores them differently): stamped with the next commit.</summary>
    public static void Include(ReportingDb db, IEnumerable<Guid> projects) => db.TouchedProjects.UnionWith(projects);

    // Before each save: remember whose data it changes (the bump after the commit needs the ids).
    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    static void Collect(DbContext? context)
    {
        if (context is not ReportingDb db) return;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (ProjectOf(entry.Entity) is { } id) db.TouchedProjects.Add(id);
        }
    }

    /// <summary>The project a read-model row belongs to; null for rows no project's outcome depends on.</summary>
    static Guid? ProjectOf(object entity) => entity switch
    {
        ProjectRow p => p.Id,
        IndicatorRow i => i.ProjectId,
        MeasurementRow m => m.ProjectId,
        SpendingRow s => s.ProjectId,
        ForecastRow f => f.ProjectId,
        MonitoringSubmissionRow ms => ms.ProjectId,
        EvaluationInput r => r.ProjectId,
        ProjectYear y => y.ProjectId,
        _ => null,
    };

    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        if (eventData.Context is { } context) await BumpAsync(context, ct);
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context) Bump(context);
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

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

    public void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null) Forget(context);
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    static void Forget(DbContext? context) => (context as ReportingDb)?.TouchedProjects.Clear();

    // Ids in order, so two bumps lock the same stamp rows in the same order and never deadlock;
    // unnest keeps the array's order.
    const string BumpProjectsSql =
        $"INSERT INTO project_stamps (project_id, stamp) SELECT id, nextval('{Sequence}') FROM unnest(@ids) AS t(id) " +
        "ON CONFLICT (project_id) DO UPDATE SET stamp = EXCLUDED.stamp";

    const string BumpSql = $"SELECT nextval('{Sequence}')";

    static async Task BumpAsync(DbContext context, CancellationToken ct)
    {
        if (TakeTouched(context) is { } ids) await ExecuteAsync(context, BumpProjectsSql, ids, ct);
        await ExecuteAsync(context, BumpSql, null, ct);
    }

    /// <summary>The same as <see cref="BumpAsync"/> for EF's synchronous SaveChanges and Commit: synchronous all the way, nothing blocks on a task.</summary>
    static void Bump(DbContext context)
    {
        if (TakeTouched(context) is { } ids) Execute(context, BumpProjectsSql, ids);
        Execute(context, BumpSql, null);
    }

    static Guid[]? TakeTouched(DbContext context)
    {
        if (context is not ReportingDb { TouchedProjects.Count: > 0 } db) return null;
        var ids = db.TouchedProjects.Order().ToArray();
        db.TouchedProjects.Clear();
        return ids;
    }

    // A plain command on the connection: EF still holds the committed transaction while this runs.
    // SaveChanges without a transaction has closed the connection again, hence the open/close.
    static async Task ExecuteAsync(DbContext context, string sql, Guid[]? ids, CancellationToken ct)
    {
        var connection = context.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(ct);
        try
        {
            await using var command = Command(connection, sql, ids);
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable) { /* migrating: no sequence or table yet */ }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
    }

    static void Execute(DbContext context, string sql, Guid[]? ids)
    {
        var connection = context.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) connection.Open();
        try
        {
            using var command = Command(connection, sql, ids);
            command.ExecuteNonQuery();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable) { /* migrating: no sequence or table yet */ }
        finally
        {
            if (opened) connection.Close();
        }
    }

    static DbCommand Command(DbConnection connection, string sql, Guid[]? ids)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        if (ids is not null) command.Parameters.Add(new NpgsqlParameter("ids", ids));
        return command;
    }
}
