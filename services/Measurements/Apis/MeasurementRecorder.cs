namespace KpiTracker.Measurements.Apis;

/// <summary>
/// Records new measurements, one or thousands, the same way: the replicas every item needs are
/// loaded in a few queries, each item is checked on its own, and the valid ones are inserted in
/// one transaction with one MeasurementsRecorded event per chunk of at most 500.
/// </summary>
public static class MeasurementRecorder
{
    const int Attempts = 3;

    sealed record Candidate(int Index, MeasurementRequest Request, Period Period, IndicatorReplica Indicator, Reading Reading);

    public static async Task<ItemOutcome[]> RecordAsync(IReadOnlyList<ItemInput> inputs, Caller caller, MeasurementServices s, CancellationToken ct)
    {
        var outcomes = new ItemOutcome[inputs.Count];
        var shaped = new List<(int Index, MeasurementRequest Request, Period Period)>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var period = default(Period);
            var problem = input.Problem ?? MeasurementInput.CheckShape(input.Request!, out period);
            if (problem is not null) outcomes[i] = new ItemOutcome(null, null, problem);
            else shaped.Add((i, input.Request!, period));
        }

        var indicators = await s.IndicatorsAsync(shaped.Select(x => x.Request.IndicatorId!.Value).ToList(), ct);
        var projects = await s.ProjectsAsync(indicators.Values.Select(i => i.ProjectId).ToList(), ct);
        for (var attempt = 1; ; attempt++)
        {
            var closed = await s.ClosedAsync(projects.Values, ct);
            var accepted = await s.AcceptedMonthsAsync(projects.Values, ct);
            var candidates = new List<Candidate>();
            foreach (var (index, request, period) in shaped)
            {
                var id = request.IndicatorId!.Value;
                var problem = Check(request, period, caller, indicators.GetValueOrDefault(id), projects, closed, accepted, out var reading);
                if (problem is not null) outcomes[index] = new ItemOutcome(null, null, problem);
                else candidates.Add(new Candidate(index, request, period, indicators[id], reading!));
            }
            try
            {
                var stored = await InsertAsync(candidates, caller, s, ct);
                foreach (var (index, outcome) in stored) outcomes[index] = outcome;
                return outcomes;
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } && attempt < Attempts)
            {
                // Another request recorded one of these periods meanwhile: look again, that item becomes a 409.
                s.Db.ChangeTracker.Clear();
            }
            catch (ProblemException) when (attempt < Attempts)
            {
                // A month was accepted while this batch waited for its lock (MonitoringGate): look again, so only
                // that month's items are refused and the others go in.
                s.Db.ChangeTracker.Clear();
            }
        }
    }

    static ProblemDetails? Check(MeasurementRequest r, Period period, Caller caller, IndicatorReplica? indicator,
        Dictionary<Guid, ProjectReplica> projects, HashSet<Guid> closed, Dictionary<Guid, HashSet<int>> accepted, out Reading? reading)
    {
        reading = null;
        var id = r.IndicatorId!.Value;
        if (indicator is null || !projects.TryGetValue(indicator.ProjectId, out var project) || !caller.CanSee(project))
            return KpiProblems.NotFound("Indicator", id);
        if (caller.RefuseNewReport(project, indicator, "report its values", "values") is { } refused) return refused;
        if (closed.Contains(project.Id)) return MeasurementProblems.YearClosed(project.FiscalYear);
        // Only this item: the batch's items of other months go in.
        if (MonitoringLocks.Check(period, project, accepted.GetValueOrDefault(project.Id)) is { } locked) return locked;

        var invalid = new Validation();
        MeasurementInput.CheckPeriod(period, project, indicator, invalid);
        reading = MeasurementInput.Read(r.Value, r.Judgement, indicator, invalid);
        return invalid.IsValid ? null : KpiProblems.Unprocessable(invalid);
    }

    static async Task<List<(int Index, ItemOutcome Outcome)>> InsertAsync(List<Candidate> candidates, Caller caller, MeasurementServices s, CancellationToken ct)
    {
        var results = new List<(int, ItemOutcome)>();
        if (candidates.Count == 0) return results;
        var indicatorIds = candidates.Select(c => c.Indicator.Id).Distinct().ToArray();
        var periods = candidates.Select(c => c.Period.ToString()).Distinct().ToArray();
        var existing = (await s.Db.Measurements.AsNoTracking()
                .Where(m => indicatorIds.Contains(m.IndicatorId) && periods.Contains(m.Period))
                .Select(m => new { m.IndicatorId, m.Period, m.Id })
                .ToListAsync(ct))
            .ToDictionary(m => (m.IndicatorId, m.Period), m => m.Id);

        var now = s.Clock.GetUtcNow();
        var fresh = new List<(int Index, Measurement M, MeasurementRevision V)>();
        var earlier = new Dictionary<(Guid, string), int>();
        foreach (var c in candidates)
        {
            var key = (c.Indicator.Id, c.Period.ToString());
            if (existing.TryGetValue(key, out var existingId))
            {
                results.Add((c.Index, new ItemOutcome(null, null, KpiProblems.Conflict(
                    $"A value for {key.Item2} is already recorded (measurement {existingId}); send a correction to change it.", existingId))));
                continue;
            }
            if (earlier.TryGetValue(key, out var first))
            {
                var firstId = fresh.First(f => f.Index == first).M.Id;
                results.Add((c.Index, new ItemOutcome(null, null, KpiProblems.Conflict(
                    $"Item {first} of this batch already records {key.Item2} for this indicator (measurement {firstId}).", firstId))));
                continue;
            }
            earlier[key] = c.Index;
            var m = new Measurement
            {
                Id = Guid.CreateVersion7(), IndicatorId = c.Indicator.Id, ProjectId = c.Indicator.ProjectId,
                Period = key.Item2, PeriodSort = c.Period.SortKey(), CurrentVersion = 1, CreatedAt = now,
            };
            var v = new MeasurementRevision
            {
                MeasurementId = m.Id, Version = 1, Value = c.Reading.Value, Unit = c.Reading.Unit, Judgement = c.Reading.Judgement,
                RawValue = c.Reading.RawValue, Note = Trimmed(c.Request.Note), EvidenceUrl = Trimmed(c.Request.EvidenceUrl),
                RecordedBy = caller.Id, RecordedByName = caller.Name, RecordedAt = now,
            };
            fresh.Add((c.Index, m, v));
        }

        if (fresh.Count > 0)
        {
            await using var tx = await s.Db.BeginUnitAsync(ct);
            foreach (var chunk in fresh.Chunk(Events.ChunkSize))
            {
                foreach (var (_, m, v) in chunk)
                {
                    s.Db.Measurements.Add(m);
                    s.Db.MeasurementVersions.Add(v);
                }
                s.Db.Publish(new MeasurementsRecorded(Guid.CreateVersion7(), now, chunk.Select(f => f.V.ToContract(f.M)).ToList()));
                await s.Db.SaveChangesAsync(ct);
                s.Db.ChangeTracker.Clear();
            }
            await tx.CommitAsync(ct);
        }
        results.AddRange(fresh.Select(f => (f.Index, new ItemOutcome(f.M, f.V, null))));
        return results;
    }

    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
