namespace KpiTracker.Measurements.Apis;

/// <summary>
/// Corrections of spending work as corrections of measurements: a wrong amount (455 typed for
/// 45.5 万元) is never overwritten; the correction is version n+1 of the same entry, with its reason.
/// </summary>
public static class SpendingCorrectionsApi
{
    public static async Task<Results<Created<SpendingView>, ProblemHttpResult>> CorrectSpending(
        Guid id, SpendingCorrectionRequest request, HttpContext http, [AsParameters] MeasurementServices s, CancellationToken ct)
    {
        var caller = http.Caller();
        var found = await FindVisibleAsync(id, http, s, ct);
        if (found is not { } f) return TypedResults.Problem(KpiProblems.NotFound("Spending entry", id));
        var (entry, project) = f;
        if (caller.RefuseReport(project, "correct its spending") is { } refused) return TypedResults.Problem(refused);

        var bad = new Validation().Required("amount", request.Amount).Required("reason", request.Reason);
        if (!bad.IsValid) return TypedResults.Problem(KpiProblems.Malformed(bad));
        if (ETags.IfMatch(http.Request, entry.CurrentVersion) == ETags.Check.Stale) // optional on a POST: only a stale one is refused
            return TypedResults.Problem(KpiProblems.PreconditionFailed());
        if (await s.IsClosedAsync(project, ct)) return TypedResults.Problem(MeasurementProblems.YearClosed(project.FiscalYear));
        if (await s.CheckAsync(project, Period.Parse(entry.Period), ct) is { } locked) return TypedResults.Problem(locked);

        var invalid = new Validation().Money("amount", request.Amount)
            .Text("reason", request.Reason, TextRule.Lines(1000)).Text("note", request.Note, TextRule.Lines(MeasurementInput.MaxNote));
        if (!invalid.IsValid) return TypedResults.Problem(KpiProblems.Unprocessable(invalid));

        var current = await CurrentAsync(entry, s, ct);
        var now = s.Clock.GetUtcNow();
        var next = new SpendingCorrection
        {
            SpendingId = id, Version = current.Version + 1, Amount = request.Amount!.Value,
            Note = MeasurementRecorder.Trimmed(request.Note) ?? current.Note,
            CorrectionReason = request.Reason!.Trim(),
            RecordedBy = caller.Id, RecordedByName = caller.Name, RecordedAt = now,
        };
        entry.CurrentVersion = next.Version;
        s.Db.SpendingCorrections.Add(next);
        var version = SpendingVersion.From(next);
        // Same transaction as the rows: Reporting hears of the correction exactly when it exists.
        s.Db.Publish(new SpendingRecorded(Guid.CreateVersion7(), now, [entry.ToContract(version)]));
        if (await s.SaveCorrectionAsync(ct) is { } lost) return TypedResults.Problem(lost);
        ETags.Set(http, next.Version);
        return TypedResults.Created($"/api/spending/{id}", SpendingView.From(entry, version));
    }

    /// <summary>Every version, oldest first: what was entered, by whom, when, and why it was corrected.</summary>
    public static async Task<Results<Ok<SpendingHistory>, ProblemHttpResult>> GetHistory(
        Guid id, HttpContext http, [AsParameters] MeasurementServices s, CancellationToken ct)
    {
        var found = await FindVisibleAsync(id, http, s, ct);
        if (found is not { } f) return TypedResults.Problem(KpiProblems.NotFound("Spending entry", id));
        var entry = f.Entry;
        var corrections = await s.Db.SpendingCorrections.AsNoTracking().Where(c => c.SpendingId == id).OrderBy(c => c.Version).ToListAsync(ct);
        var versions = corrections.Select(SpendingVersion.From).Prepend(SpendingVersion.Original(entry)).ToList();
        return TypedResults.Ok(new SpendingHistory(entry.Id, entry.ProjectId, entry.Period, entry.CurrentVersion, versions));
    }

    static async Task<SpendingVersion> CurrentAsync(Spending entry, MeasurementServices s, CancellationToken ct)
    {
        if (entry.CurrentVersion == 1) return SpendingVersion.Original(entry);
        var c = await s.Db.SpendingCorrections.AsNoTracking().FirstAsync(x => x.SpendingId == entry.Id && x.Version == entry.CurrentVersion, ct);
        return SpendingVersion.From(c);
    }

    /// <summary>The entry (tracked, to bump its version) if the caller may see its project; others do not exist for them.</summary>
    static async Task<(Spending Entry, ProjectReplica Project)?> FindVisibleAsync(Guid id, HttpContext http, MeasurementServices s, CancellationToken ct)
    {
        var entry = await s.Db.Spending.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (entry is null) return null;
        var project = await s.Db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == entry.ProjectId, ct);
        return project is not null && http.Caller().CanSee(project) ? (entry, project) : null;
    }
}
