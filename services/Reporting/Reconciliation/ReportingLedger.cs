namespace KpiTracker.Reporting.Reconciliation;

/// <summary>
/// What Reporting holds, as ledger lines computed with the owners' own checksum
/// (<see cref="Ledger.Checksum"/>). A quarantined item (dead_letters) counts as held at its
/// version: it is known, and reported, rather than missing; replaying it would only fail again.
/// </summary>
public static class ReportingLedger
{
    const string InScope = "project_id = ANY(@projects)";

    static readonly string[] Queries =
    [
        Ledger.Lines(LedgerKinds.Project, "projects", "id = ANY(@projects)", "id", "id", "version"),
        Ledger.Lines(LedgerKinds.Indicators, "indicators", InScope, "project_id", "id", "version"),
        Ledger.Lines(LedgerKinds.Measurements, HeldWithQuarantined("measurements", "measurement_id", "version", LedgerKinds.Measurements), InScope,
            "project_id", "id", "version"),
        // Rows stored before spending carried versions say 0, which is version 1.
        Ledger.Lines(LedgerKinds.Spending, HeldWithQuarantined("spending", "id", "greatest(version, 1)", LedgerKinds.Spending), InScope,
            "project_id", "id", "version"),
        Ledger.Lines(LedgerKinds.Forecasts, "forecasts", InScope, "project_id", "id", "1"),
        Ledger.Lines(LedgerKinds.MonitoringSubmissions, "monitoring_submissions", InScope, "project_id",
            Ledger.MonthItem("fiscal_year", "month"), "version"),
    ];

    // Per item the highest version held, in the table or quarantined.
    static string HeldWithQuarantined(string table, string id, string version, string kind) =>
        $"""
        (SELECT id, max(version) AS version, (array_agg(project_id))[1] AS project_id FROM (
            SELECT {id} AS id, {version} AS version, project_id FROM {table} WHERE {InScope}
            UNION ALL
            SELECT item_id, item_version, project_id FROM dead_letters WHERE kind = '{kind}' AND {InScope}
        ) AS held GROUP BY id) AS items
        """;

    public static Task<List<LedgerLine>> ReadAsync(ReportingDb db, IReadOnlyCollection<Guid> projects, CancellationToken ct) =>
        Ledger.ReadAsync(db, Queries, projects, null, ct);

    /// <summary>The projects a reconciliation looks at in its first round, as far as Reporting knows them.</summary>
    public static Task<List<Guid>> ProjectsAsync(ReportingDb db, int? fiscalYear, IReadOnlyCollection<Guid>? projects, CancellationToken ct)
    {
        if (projects is not null) return Task.FromResult(projects.ToList());
        var query = db.Projects.AsNoTracking();
        if (fiscalYear is { } y) query = query.Where(p => p.FiscalYear == y);
        return query.Select(p => p.Id).ToListAsync(ct);
    }

    /// <summary>Items of these projects held in dead_letters and not superseded by an applied version.</summary>
    public static Task<int> QuarantinedAsync(ReportingDb db, IReadOnlyCollection<Guid> projects, CancellationToken ct)
    {
        var ids = projects.ToArray();
        return db.DeadLetters.CountAsync(d => ids.Contains(d.ProjectId)
            && !db.Measurements.Any(m => d.Kind == LedgerKinds.Measurements && m.MeasurementId == d.ItemId && m.Version >= d.ItemVersion)
            && !db.Spending.Any(s => d.Kind == LedgerKinds.Spending && s.Id == d.ItemId && s.Version >= d.ItemVersion), ct);
    }
}
