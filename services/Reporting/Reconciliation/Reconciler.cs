using KpiTracker.Reporting.Telemetry;
using Microsoft.Extensions.Options;
using NpgsqlTypes;

namespace KpiTracker.Reporting.Reconciliation;

/// <summary>
/// Compares, per project, what Reporting holds with what the owning services hold, and repairs
/// what differs by replaying only those projects.
///
/// A run asks every owner for its ledger (<see cref="LedgerRequested"/>, through the outbox); the
/// answers (<see cref="LedgerPublished"/>) are stored as they arrive, and once every owner's answer
/// is complete the round is compared with Reporting's own ledger. A project that differs in the
/// first round is compared again after <see cref="ReconciliationOptions.SettleDelay"/>, on a fresh
/// ledger of that project only: its events may have been in flight when the owner counted. What
/// still differs then is replayed (<see cref="ProjectsReplayRequested"/>), each repair logged and
/// counted, and compared again until it agrees (repaired) or the verify rounds run out (unhealed:
/// Reporting then holds something its owner does not, which only a rebuild clears).
/// Every step happens in a transaction with the run's advisory lock, so several Reporting
/// instances never advance one run twice.
/// </summary>
public sealed class Reconciler(ReportingDb db, IOptions<ReconciliationOptions> options, TimeProvider clock, ReportingMetrics metrics, ILogger<Reconciler> logger)
{
    static readonly string[] Owners = [.. LedgerOwners.Kinds.Keys];
    static readonly string[] Kinds = [.. LedgerOwners.Kinds.Values.SelectMany(k => k)];

    ReconciliationOptions Options => options.Value;

    /// <summary>Records a new run and sends its first ledger request, in one commit.</summary>
    public async Task<ReconciliationRun> StartAsync(string requestedBy, int? fiscalYear, IReadOnlyList<Guid>? projectIds, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var run = new ReconciliationRun
        {
            Id = Guid.CreateVersion7(), RequestedAt = now, RequestedBy = requestedBy, FiscalYear = fiscalYear,
            ProjectIds = projectIds?.Distinct().ToArray(), Round = 1, State = ReconciliationStates.Collecting, RoundStartedAt = now,
        };
        db.Reconciliations.Add(run);
        db.Publish(new LedgerRequested(Guid.CreateVersion7(), now, run.Id, 1, fiscalYear, run.ProjectIds));
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Reconciliation {ReconciliationId} started by {RequestedBy} (fiscal year {FiscalYear}, {Projects})",
            run.Id, requestedBy, fiscalYear?.ToString() ?? "all", run.ProjectIds is { } p ? $"{p.Length} projects" : "every project");
        return run;
    }

    /// <summary>Stores one part of an owner's answer; compares the round once every answer is complete.</summary>
    public async Task AcceptAsync(LedgerPublished answer, CancellationToken ct)
    {
        await db.LockAsync(answer.ReconciliationId, ct);
        var run = await db.Reconciliations.FirstOrDefaultAsync(r => r.Id == answer.ReconciliationId, ct);
        // An answer to an earlier round, or to a run given up: nothing waits for it any more.
        if (run is null || run.State != ReconciliationStates.Collecting || run.Round != answer.Round) return;

        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO ledger_parts (reconciliation_id, round, owner, part, parts) VALUES ({run.Id}, {run.Round}, {answer.Owner}, {answer.Part}, {answer.Parts})
            ON CONFLICT DO NOTHING
            """, ct);
        if (answer.Lines.Count > 0)
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO ledger_lines (reconciliation_id, round, owner, project_id, kind, count, checksum)
                SELECT @id, @round, @owner, p, k, c, s FROM unnest(@projects, @kinds, @counts, @checksums) AS t(p, k, c, s)
                ON CONFLICT DO NOTHING
                """,
                [
                    new NpgsqlParameter("id", run.Id), new NpgsqlParameter("round", run.Round), new NpgsqlParameter("owner", answer.Owner),
                    new NpgsqlParameter("projects", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = answer.Lines.Select(l => l.ProjectId).ToArray() },
                    new NpgsqlParameter("kinds", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = answer.Lines.Select(l => l.Kind).ToArray() },
                    new NpgsqlParameter("counts", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = answer.Lines.Select(l => l.Count).ToArray() },
                    new NpgsqlParameter("checksums", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = answer.Lines.Select(l => l.Checksum).ToArray() },
                ], ct);

        var parts = await db.LedgerParts.AsNoTracking().Where(p => p.ReconciliationId == run.Id && p.Round == run.Round).ToListAsync(ct);
        var complete = Owners.All(o => parts.Where(p => p.Owner == o).ToList() is { Count: > 0 } mine && mine.Count == mine[0].Parts);
        if (complete) await CompareAsync(run, ct);
    }

    async Task CompareAsync(ReconciliationRun run, CancellationToken ct)
    {
        var theirs = (await db.LedgerLines.AsNoTracking().Where(l => l.ReconciliationId == run.Id && l.Round == run.Round).ToListAsync(ct))
            .ToDictionary(l => (l.ProjectId, l.Kind), l => (l.Count, l.Checksum));
        var scope = run.Round == 1
            ? (await ReportingLedger.ProjectsAsync(db, run.FiscalYear, run.ProjectIds, ct))
                .Concat(run.ProjectIds is null ? theirs.Keys.Select(k => k.ProjectId) : []).Distinct().ToList()
            : run.Differing.ToList();
        var ours = (await ReportingLedger.ReadAsync(db, scope, ct)).ToDictionary(l => (l.ProjectId, l.Kind), l => (l.Count, l.Checksum));

        var differences = (
            from project in scope
            from kind in Kinds
            let o = ours.GetValueOrDefault((project, kind))
            let t = theirs.GetValueOrDefault((project, kind))
            where o != t
            select new LedgerDifference(project, kind, o.Count, t.Count, o.Checksum, t.Checksum)).ToList();

        if (run.Round == 1)
        {
            run.Checked = scope.Count;
            run.Quarantined = await ReportingLedger.QuarantinedAsync(db, scope, ct);
        }
        var previous = run.Differences.ToHashSet();
        run.Differences = differences;
        // The lines served their comparison; a busy schedule would otherwise pile them up.
        await db.LedgerLines.Where(l => l.ReconciliationId == run.Id && l.Round == run.Round).ExecuteDeleteAsync(ct);
        await db.LedgerParts.Where(l => l.ReconciliationId == run.Id && l.Round == run.Round).ExecuteDeleteAsync(ct);

        var now = clock.GetUtcNow();
        var followed = new List<Guid>();
        var unhealed = new List<Guid>();
        foreach (var project in differences.GroupBy(d => d.ProjectId))
        {
            var repair = run.Repairs.FirstOrDefault(r => r.ProjectId == project.Key);
            if (repair is not null)
            {
                if (run.Round - repair.Round < Options.VerifyRounds) followed.Add(project.Key);
                else unhealed.Add(project.Key);
                continue;
            }
            // Neither side moved since the last look: nothing is on its way, so replay it. Still
            // moving: it is catching up (or busy), so let it settle, up to the last round.
            var stuck = run.Round > 1 && project.All(previous.Contains);
            if (stuck || run.Round >= Options.MaxRounds) Repair(run, [.. project], now);
            followed.Add(project.Key);
        }
        foreach (var project in unhealed)
            foreach (var d in differences.Where(d => d.ProjectId == project))
                logger.LogError("Reconciliation {ReconciliationId}: project {ProjectId} still differs after its replay ({Kind}: Reporting holds {ReportingCount}, the owner {OwnerCount}); a rebuild clears what Reporting holds beyond its owner",
                    run.Id, d.ProjectId, d.Kind, d.ReportingCount, d.OwnerCount);
        run.Unhealed = [.. run.Unhealed, .. unhealed];
        run.Differing = [.. followed];

        if (followed.Count > 0)
        {
            if (run.Round == 1)
                logger.LogInformation("Reconciliation {ReconciliationId}: {Count} of {Checked} projects differ; comparing them again in {Delay}",
                    run.Id, followed.Count, run.Checked, Options.SettleDelay);
            Settle(run, now);
            return;
        }
        Finish(run, run.Unhealed.Length > 0 ? ReconciliationOutcomes.Unhealed
            : run.Repairs.Count > 0 ? ReconciliationOutcomes.Repaired : ReconciliationOutcomes.Consistent, now);
    }

    void Repair(ReconciliationRun run, List<LedgerDifference> differences, DateTimeOffset now)
    {
        var project = differences[0].ProjectId;
        foreach (var d in differences)
            logger.LogWarning("Reconciliation {ReconciliationId}: repairing project {ProjectId}: {Kind} differ (Reporting holds {ReportingCount}, the owner {OwnerCount}); replaying the project",
                run.Id, d.ProjectId, d.Kind, d.ReportingCount, d.OwnerCount);
        metrics.Repairs.Add(1, new KeyValuePair<string, object?>("kind", string.Join(",", differences.Select(d => d.Kind).Order())));
        run.Repairs = [.. run.Repairs, new ProjectRepair(project, run.Round, differences)];
        db.Publish(new ProjectsReplayRequested(Guid.CreateVersion7(), now, run.Id, [project]));
    }

    void Settle(ReconciliationRun run, DateTimeOffset now)
    {
        run.State = ReconciliationStates.Settling;
        run.DueAt = now + Options.SettleDelay;
    }

    void Finish(ReconciliationRun run, string outcome, DateTimeOffset now)
    {
        run.State = ReconciliationStates.Done;
        run.Outcome = outcome;
        run.DueAt = null;
        run.CompletedAt = now;
        metrics.Runs.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        logger.Log(outcome == ReconciliationOutcomes.Consistent ? LogLevel.Information : LogLevel.Warning,
            "Reconciliation {ReconciliationId} {Outcome}: {Checked} projects compared, {Repaired} replayed, {Unhealed} unhealed, {Quarantined} items quarantined in dead_letters",
            run.Id, outcome, run.Checked, run.Repairs.Count, run.Unhealed.Length, run.Quarantined);
    }

    /// <summary>A run whose settling time is over: ask the owners again, for its differing projects only.</summary>
    public async Task NextRoundAsync(Guid id, CancellationToken ct)
    {
        await db.LockAsync(id, ct);
        var run = await db.Reconciliations.FirstOrDefaultAsync(r => r.Id == id, ct);
        var now = clock.GetUtcNow();
        if (run is not { State: ReconciliationStates.Settling } || run.DueAt > now) return;
        run.Round++;
        run.State = ReconciliationStates.Collecting;
        run.DueAt = null;
        run.RoundStartedAt = now;
        db.Publish(new LedgerRequested(Guid.CreateVersion7(), now, run.Id, run.Round, null, run.Differing));
    }

    /// <summary>A run some owner never answered (it was down): given up, the next run tries again.</summary>
    public async Task GiveUpAsync(Guid id, CancellationToken ct)
    {
        await db.LockAsync(id, ct);
        var run = await db.Reconciliations.FirstOrDefaultAsync(r => r.Id == id, ct);
        var now = clock.GetUtcNow();
        if (run is not { State: ReconciliationStates.Collecting } || now - run.RoundStartedAt < Options.AnswerTimeout) return;
        var answered = await db.LedgerParts.Where(p => p.ReconciliationId == id && p.Round == run.Round).Select(p => p.Owner).Distinct().ToListAsync(ct);
        logger.LogWarning("Reconciliation {ReconciliationId}: no complete ledger within {Timeout} from {Owners}; giving up this run",
            id, Options.AnswerTimeout, string.Join(", ", Owners.Except(answered)));
        await db.LedgerLines.Where(l => l.ReconciliationId == id).ExecuteDeleteAsync(ct);
        await db.LedgerParts.Where(l => l.ReconciliationId == id).ExecuteDeleteAsync(ct);
        Finish(run, ReconciliationOutcomes.Incomplete, now);
    }
}
