using KpiTracker.Contracts;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace KpiTracker.ServiceDefaults.Messaging;

/// <summary>
/// Ledgers for reconciliation (<see cref="LedgerRequested"/>): per project and kind, a count and a
/// checksum of ids and versions, computed by PostgreSQL with one expression on every side, so an
/// owner and Reporting agree exactly when they hold the same rows at the same versions.
/// </summary>
public static class Ledger
{
    /// <summary>Lines per <see cref="LedgerPublished"/> event (≈ 100 bytes each).</summary>
    public const int LinesPerPart = 2000;

    /// <summary>
    /// XOR of the first 64 bits of md5("id:version") over the rows: order-free, and a row missing,
    /// extra or at another version changes it. (bit_xor over bigint: PostgreSQL 14 and later.)
    /// </summary>
    public static string Checksum(string id, string version) =>
        $"coalesce(bit_xor(('x' || left(md5(({id})::text || ':' || ({version})::text), 16))::bit(64)::bigint), 0)";

    /// <summary>
    /// The lines of one kind: <paramref name="from"/> must expose the columns named by
    /// <paramref name="project"/>, <paramref name="id"/> and <paramref name="version"/>, and may
    /// use the parameters @projects (uuid[], null for all) and @fiscal_year (int, null for all) in
    /// <paramref name="where"/>.
    /// </summary>
    public static string Lines(string kind, string from, string where, string project, string id, string version) =>
        $"SELECT {project} AS project_id, '{kind}' AS kind, count(*) AS count, {Checksum(id, version)} AS checksum " +
        $"FROM {from} WHERE {where} GROUP BY {project}";

    /// <summary>
    /// The item id of a month's 监控表, which has no id of its own: the year and month as one number (202107),
    /// so owner and Reporting name the same month alike in <see cref="Checksum"/>.
    /// </summary>
    public static string MonthItem(string fiscalYear, string month) => $"({fiscalYear} * 100 + {month})";

    /// <summary>The usual scope: the listed projects, else those of the fiscal year, else all.</summary>
    public static string Scope(string project, string fiscalYear) =>
        $"(@projects IS NULL OR {project} = ANY(@projects)) AND (@fiscal_year IS NULL OR {fiscalYear} = @fiscal_year)";

    /// <summary>Runs the queries in the context's current transaction (if any) and returns their lines.</summary>
    public static async Task<List<LedgerLine>> ReadAsync(KpiDbContext db, IEnumerable<string> queries, IReadOnlyCollection<Guid>? projects, int? fiscalYear, CancellationToken ct)
    {
        var lines = new List<LedgerLine>();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            foreach (var sql in queries)
            {
                await using var command = (NpgsqlCommand)db.Database.GetDbConnection().CreateCommand();
                command.Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
                command.CommandText = sql;
                command.Parameters.Add(new NpgsqlParameter("projects", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = projects is null ? DBNull.Value : projects.ToArray() });
                command.Parameters.Add(new NpgsqlParameter("fiscal_year", NpgsqlDbType.Integer) { Value = fiscalYear is { } y ? y : DBNull.Value });
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                    lines.Add(new LedgerLine(reader.GetGuid(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3)));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return lines;
    }

    /// <summary>Queues the owner's answer in the outbox, in parts (at least one, so an empty ledger is an answer too).</summary>
    public static void Answer(KpiDbContext db, LedgerRequested request, string owner, IReadOnlyList<LedgerLine> lines)
    {
        var parts = lines.Chunk(LinesPerPart).ToList();
        if (parts.Count == 0) parts.Add([]);
        for (var i = 0; i < parts.Count; i++)
            db.Publish(new LedgerPublished(Guid.CreateVersion7(), DateTimeOffset.UtcNow, request.ReconciliationId, request.Round,
                owner, i + 1, parts.Count, parts[i]));
    }
}
