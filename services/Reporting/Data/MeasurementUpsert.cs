using Microsoft.EntityFrameworkCore.Storage;
using NpgsqlTypes;

namespace KpiTracker.Reporting.Data;

/// <summary>
/// Writes a batch of measurement versions in one statement: each row is inserted, or replaces the
/// stored row only when its Version is higher (a lower or equal one arriving late changes nothing).
/// One round trip and no change tracking for the whole batch, where EF sent an INSERT or UPDATE
/// per row after reading the existing rows first. The version rule sits in the ON CONFLICT clause,
/// so two transactions writing the same measurement end with the higher version whatever the order.
///
/// Two transactions writing one measurement also take turns (an advisory lock on its id, before the
/// indicator locks, so the order is the same everywhere): the statement must see the row as the
/// other one committed it, to know which indicator and period it leaves. Without the lock, a row
/// inserted by a transaction still running is invisible to "old" below, yet ON CONFLICT waits for it
/// and then overwrites it: the indicator it left would keep a stale point.
/// </summary>
public static class MeasurementUpsert
{
    // "old" reads the rows as they were before this statement (a data-modifying CTE does not see its
    // own changes): a new version may move a measurement to another indicator or period, and then
    // both the place it left and the one it joined need their series point recomputed.
    const string Sql = """
        WITH v AS (
            SELECT * FROM unnest(@measurement_id, @version, @indicator_id, @project_id, @period, @value, @unit,
                                 @judgement, @raw_value, @note, @recorded_by, @recorded_at, @recorded_by_name)
                AS t(measurement_id, version, indicator_id, project_id, period, value, unit, judgement, raw_value, note, recorded_by, recorded_at, recorded_by_name)
        ),
        old AS (
            SELECT m.measurement_id, m.indicator_id, m.project_id, m.period FROM measurements m JOIN v USING (measurement_id)
        ),
        written AS (
            INSERT INTO measurements AS m (measurement_id, version, indicator_id, project_id, period, value, unit, judgement, raw_value, note, recorded_by, recorded_at, recorded_by_name)
            SELECT * FROM v
            ON CONFLICT (measurement_id) DO UPDATE SET
                version = EXCLUDED.version, indicator_id = EXCLUDED.indicator_id, project_id = EXCLUDED.project_id,
                period = EXCLUDED.period, value = EXCLUDED.value, unit = EXCLUDED.unit, judgement = EXCLUDED.judgement,
                raw_value = EXCLUDED.raw_value, note = EXCLUDED.note, recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at,
                recorded_by_name = EXCLUDED.recorded_by_name
            WHERE m.version < EXCLUDED.version
            RETURNING m.measurement_id, m.indicator_id, m.project_id, m.period
        )
        SELECT indicator_id, project_id, period FROM written
        UNION
        SELECT old.indicator_id, old.project_id, old.period FROM old JOIN written USING (measurement_id)
        """;

    /// <summary>
    /// Applies <paramref name="items"/> (at most one per MeasurementId) in the context's current
    /// transaction; returns the indicators and periods whose measurements changed (the period text
    /// as stored) and the projects of those rows: the change tracker does not see them, so the
    /// caller hands the projects on to <see cref="ChangeStamp"/>.
    /// </summary>
    public static async Task<(List<(Guid IndicatorId, string Period)> Points, HashSet<Guid> Projects)> UpsertAsync(
        this ReportingDb db, IReadOnlyList<MeasurementVersion> items, CancellationToken ct)
    {
        var touched = new List<(Guid IndicatorId, string Period)>();
        var projects = new HashSet<Guid>();
        if (items.Count == 0) return (touched, projects);
        await db.LockAllAsync(items.Select(i => i.MeasurementId).Order().ToList(), ct);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = (NpgsqlCommand)db.Database.GetDbConnection().CreateCommand();
            command.Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = Sql;
            var p = command.Parameters;
            p.Add(Array("measurement_id", NpgsqlDbType.Uuid, items.Select(i => i.MeasurementId)));
            p.Add(Array("version", NpgsqlDbType.Integer, items.Select(i => i.Version)));
            p.Add(Array("indicator_id", NpgsqlDbType.Uuid, items.Select(i => i.IndicatorId)));
            p.Add(Array("project_id", NpgsqlDbType.Uuid, items.Select(i => i.ProjectId)));
            p.Add(Array("period", NpgsqlDbType.Varchar, items.Select(i => i.Period)));
            p.Add(Array("value", NpgsqlDbType.Numeric, items.Select(i => i.Value)));
            p.Add(Array("unit", NpgsqlDbType.Varchar, items.Select(i => i.Unit)));
            p.Add(Array("judgement", NpgsqlDbType.Varchar, items.Select(i => i.Judgement)));
            p.Add(Array("raw_value", NpgsqlDbType.Text, items.Select(i => i.RawValue)));
            p.Add(Array("note", NpgsqlDbType.Text, items.Select(i => i.Note)));
            p.Add(Array("recorded_by", NpgsqlDbType.Varchar, items.Select(i => i.RecordedBy)));
            // timestamptz takes UTC only; the instant is the same.
            p.Add(Array("recorded_at", NpgsqlDbType.TimestampTz, items.Select(i => i.RecordedAt.ToUniversalTime())));
            p.Add(Array("recorded_by_name", NpgsqlDbType.Varchar, items.Select(i => i.RecordedByName)));
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                touched.Add((reader.GetGuid(0), reader.GetString(2)));
                projects.Add(reader.GetGuid(1));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return (touched, projects);
    }

    static NpgsqlParameter Array<T>(string name, NpgsqlDbType type, IEnumerable<T> values) =>
        new(name, NpgsqlDbType.Array | type) { Value = values.ToArray() };
}
