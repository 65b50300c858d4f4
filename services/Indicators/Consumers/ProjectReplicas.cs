namespace KpiTracker.Indicators.Consumers;

/// <summary>
/// Applies a project snapshot to the replica in one statement: insert, or update only when the
/// snapshot's version is newer. Atomic in PostgreSQL, so two events of one project handled at
/// once on different endpoints cannot roll the row back; an older or repeated snapshot is a no-op.
/// </summary>
public static class ProjectReplicas
{
    /// <returns>True when the snapshot was applied, false when the stored one was as new or newer.</returns>
    public static async Task<bool> ApplyAsync(IndicatorsDb db, ProjectSnapshot p, CancellationToken ct)
    {
        string[] path = [.. p.DepartmentPath];
        string[] owners = [.. p.OwnerIds];
        var now = DateTimeOffset.UtcNow;
        // Stored as its code, after a round trip through the vocabulary: an unknown word from a newer
        // sender would fail here, loudly, rather than unlock or lock the wrong declaration.
        var status = Vocabulary.Code(Vocabulary.Parse<DeclarationStatus>(p.Status));
        var rows = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO project_replicas (id, version, department_code, department_path, owner_ids, fiscal_year, name, archived, status, updated_at)
            VALUES ({p.Id}, {p.Version}, {p.DepartmentCode}, {path}, {owners}, {p.FiscalYear}, {p.Name}, {p.Archived}, {status}, {now})
            ON CONFLICT (id) DO UPDATE SET
                version = EXCLUDED.version, department_code = EXCLUDED.department_code,
                department_path = EXCLUDED.department_path, owner_ids = EXCLUDED.owner_ids,
                fiscal_year = EXCLUDED.fiscal_year, name = EXCLUDED.name, archived = EXCLUDED.archived, status = EXCLUDED.status,
                updated_at = EXCLUDED.updated_at
            WHERE project_replicas.version < EXCLUDED.version
            """, ct);
        return rows > 0;
    }
}
