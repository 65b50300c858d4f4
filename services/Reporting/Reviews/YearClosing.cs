using KpiTracker.Reporting.Queries;

namespace KpiTracker.Reporting.Reviews;

/// <summary>
/// Closing a project's year locks its evaluation under the pack it was scored by; reopening (with a reason)
/// opens it again under the region's pack of the day. Managers of the department and admins only.
/// </summary>
public sealed class YearClosing(ReportingDb db, ProjectQueries projects, TimeProvider clock)
{
    /// <summary>
    /// Closes the year; null when closed, else the problem. Every red or yellow light and every missed target
    /// must be explained first (偏差原因: a reviewer's note, an owner's note on a value, or forecast reasons).
    /// </summary>
    public async Task<ProblemDetails?> CloseAsync(Caller caller, Guid id, CancellationToken ct)
    {
        var inputs = await projects.InputsAsync(caller, id, ct);
        if (inputs is null) return KpiProblems.NotFound("Project", id);
        var p = inputs.Project;
        if (!caller.CanManage(p.DepartmentPath)) return KpiProblems.Forbidden($"Only an admin or a manager of {p.DepartmentCode} may close the year.");
        if (inputs.Year?.Closed == true) return KpiProblems.Conflict("The year is already closed.");
        var approved = Vocabulary.TryParse<DeclarationStatus>(p.DeclarationStatus, out var declaration) && declaration == DeclarationStatus.Approved;
        if (!approved) return NotApproved(p.DeclarationStatus);

        // Judged as it will stand once closed: what is not met by now is missed.
        var asClosed = ProjectCalculator.Compute(inputs with { Year = new ProjectYear { ProjectId = id, FiscalYear = p.FiscalYear, Closed = true } }, 12);
        if (Unexplained(asClosed) is { } unexplained) return unexplained;
        var now = clock.GetUtcNow();
        var year = await ProjectYearWrites.TouchAsync(db, p, now, ct);
        year.Closed = true;
        year.ClosedBy = caller.Id;
        year.ClosedAt = now;
        // The year keeps these rules from now on: a reassignment or a newer version of the pack leaves it as closed.
        year.ClosedPack = RulePackFile.Write(inputs.Pack);
        db.Audit.Add(ProjectYearWrites.Audit(id, "closed", caller, now, null,
            (asClosed.Score is { } sc ? $"total {sc.Total}, grade {Vocabulary.Code(sc.Grade)}, " : "") + $"rule pack {inputs.Pack.Id} version {inputs.Pack.Version}"));
        db.Publish(new ProjectYearClosed(Guid.CreateVersion7(), now, id, p.FiscalYear, caller.Id));
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Reopens a closed year; null when reopened, else the problem (a reason is required).</summary>
    public async Task<ProblemDetails?> ReopenAsync(Caller caller, Guid id, ReopenRequest? request, CancellationToken ct)
    {
        var p = await projects.ProjectAsync(caller, id, ct);
        if (p is null) return KpiProblems.NotFound("Project", id);
        if (!caller.CanManage(p.DepartmentPath)) return KpiProblems.Forbidden($"Only an admin or a manager of {p.DepartmentCode} may reopen the year.");
        var v = new Validation().Required("reason", request?.Reason).Text("reason", request?.Reason, TextRule.Note);
        if (!v.IsValid) return KpiProblems.Invalid(v, "A reopen needs a reason");
        var year = await db.ProjectYears.FirstOrDefaultAsync(y => y.ProjectId == id, ct);
        if (year?.Closed != true) return KpiProblems.Conflict("The year is not closed.");
        var now = clock.GetUtcNow();
        var reason = request!.Reason!.Trim();
        year.Closed = false;
        // Open again: scored by the region's pack of the day (the audit keeps the one it was closed under).
        year.ClosedPack = null;
        year.Version++;
        year.UpdatedAt = now;
        db.Audit.Add(ProjectYearWrites.Audit(id, "reopened", caller, now, reason, $"closed by {year.ClosedBy} at {year.ClosedAt:u}"));
        db.Publish(new ProjectYearReopened(Guid.CreateVersion7(), now, id, p.FiscalYear, caller.Id, reason));
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>422 listing the indicators whose red or yellow light or missed target has no deviation note; null when none.</summary>
    static ProblemDetails? Unexplained(ProjectOutcome asClosed)
    {
        var blocking = asClosed.Indicators
            .Where(i => !i.NotApplicable && !i.Explained
                && (i.Evaluation.Light is Light.Red or Light.Yellow || i.Evaluation.Status == Status.Missed))
            .Select(i => new { id = i.Row.Id, name = i.Row.Name, light = Vocabulary.Code(i.Evaluation.Light), status = Vocabulary.Code(i.Evaluation.Status) })
            .ToList();
        if (blocking.Count == 0) return null;
        return KpiProblems.Make(422, "Deviations not explained",
                $"{blocking.Count} indicator(s) with a red or yellow light or a missed target have no deviation note (偏差原因分析及改进措施): {string.Join("、", blocking.Select(b => b.name))}.",
                blocking.ToDictionary(b => $"indicators[{b.id}].deviationNote", b => new[] { $"{b.name} is {b.light}/{b.status}: explain the deviation." }))
            .With("indicators", blocking);
    }

    /// <summary>409 naming the declaration's status: a year is closed only on an approved (已批复) declaration.</summary>
    static ProblemDetails NotApproved(string status) => KpiProblems.Field(409, "The declaration is not approved",
            "declarationStatus", $"is {status} ({Vocabulary.LabelOf<DeclarationStatus>(status)}); closing the year needs approved (已批复).",
            detail: $"The project's declaration is {status} ({Vocabulary.LabelOf<DeclarationStatus>(status)}): a year can only be closed on an approved (已批复) declaration.")
        .With("declarationStatus", status)
        .With("declarationStatusLabel", Vocabulary.LabelOf<DeclarationStatus>(status));
}
