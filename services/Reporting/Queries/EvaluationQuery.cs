namespace KpiTracker.Reporting.Queries;

/// <summary>The year-end self-evaluation (项目支出绩效自评) of one project or of a department's projects.</summary>
public sealed class EvaluationQuery(ReportingDb db, ProjectQueries projects)
{
    /// <summary>Computes a project's self-evaluation; null when the project is not visible.</summary>
    public async Task<(Evaluation Evaluation, ProjectOutcome Outcome, ProjectInputs Inputs)?> EvaluateAsync(Caller caller, Guid id, CancellationToken ct)
    {
        var inputs = await projects.InputsAsync(caller, id, ct);
        if (inputs is null) return null;
        return await EvaluateAsync(inputs, ct);
    }

    public async Task<(Evaluation Evaluation, ProjectOutcome Outcome, ProjectInputs Inputs)> EvaluateAsync(ProjectInputs inputs, CancellationToken ct)
    {
        var notes = await OwnerNotes.LatestAsync(db, inputs.Project.Id, Period.FullYear(inputs.Project.FiscalYear), ct);
        var department = await db.Departments.AsNoTracking().Where(d => d.Code == inputs.Project.DepartmentCode).Select(d => d.Name).FirstOrDefaultAsync(ct);
        var result = Evaluate(inputs, notes, department);
        if (!inputs.Project.IsDepartmentOverall) return result;
        var split = ExpenditureSplit.Rows(inputs.Project, await DepartmentProjectsSpendingAsync(inputs.Project, ct));
        return result with { Evaluation = result.Evaluation with { ExpenditureSplit = split } };
    }

    /// <summary>
    /// The evaluation from what is already loaded: the owners' latest notes of the project's year
    /// (<see cref="OwnerNotes.LatestAsync(ReportingDb, IReadOnlyList{ProjectRow}, CancellationToken)"/>)
    /// and its department's name. No database access: many projects are evaluated from one read each.
    /// </summary>
    public static (Evaluation Evaluation, ProjectOutcome Outcome, ProjectInputs Inputs) Evaluate(
        ProjectInputs inputs, IReadOnlyDictionary<Guid, string> notes, string? department)
    {
        var outcome = ProjectCalculator.Compute(inputs, 12);
        return (EvaluationBuilder.Build(outcome, inputs.Year, notes, department), outcome, inputs);
    }

    /// <summary>
    /// Evaluations of many projects, computed a slice at a time: per slice one read of the inputs,
    /// one of the owners' notes and at most one of department names (each name is read once per call).
    /// </summary>
    public async IAsyncEnumerable<Evaluation> EvaluationsOf(IReadOnlyList<ProjectRow> rows, int slice,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var names = new Dictionary<string, string?>();
        foreach (var part in rows.Chunk(slice))
        {
            var inputs = await projects.InputsAsync(part, ct);
            var notes = await OwnerNotes.LatestAsync(db, part, ct);
            await projects.DepartmentNamesAsync(part, names, ct);
            foreach (var i in inputs)
                yield return Evaluate(i, notes[i.Project.Id], names.GetValueOrDefault(i.Project.DepartmentCode)).Evaluation;
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Each project's total at year end, a slice at a time, for a summary written before the forms:
    /// computed from the slice's inputs and the department names (the owners' notes do not enter it).
    /// </summary>
    public async Task<(List<(string Project, string Department, decimal? Total, string? Grade, bool Closed)> Lines, List<RulePackRef> Packs)> TotalsAsync(
        IReadOnlyList<ProjectRow> rows, int slice, CancellationToken ct)
    {
        var lines = new List<(string, string, decimal?, string?, bool)>(rows.Count);
        var packs = new List<RulePackRef>();
        var names = new Dictionary<string, string?>();
        foreach (var part in rows.Chunk(slice))
        {
            var inputs = await projects.InputsAsync(part, ct);
            await projects.DepartmentNamesAsync(part, names, ct);
            foreach (var i in inputs)
            {
                var o = ProjectCalculator.Compute(i, 12);
                lines.Add((o.Project.Name, names.GetValueOrDefault(o.Project.DepartmentCode) ?? o.Project.DepartmentCode,
                    o.Score?.Total, o.Score is { } sc ? Vocabulary.Label(sc.Grade) : null, i.Year?.Closed == true));
                packs.Add(o.Pack.Ref);
            }
            db.ChangeTracker.Clear();
        }
        return (lines, packs);
    }

    /// <summary>
    /// A department's projects with their totals and grades at year end; null when the department is
    /// not visible to the caller. 项目支出绩效自评 is per project: the department's overall spending
    /// goals (部门整体支出) are not one.
    /// </summary>
    public async Task<DepartmentEvaluation?> DepartmentAsync(Caller caller, string code, int fiscalYear, CancellationToken ct)
    {
        if (await projects.DepartmentAsync(caller, code, fiscalYear, ct) is not { } found) return null;
        var (department, rows) = found;
        var lines = (await projects.InputsAsync(rows.Where(p => !p.IsDepartmentOverall).ToList(), ct)).Select(i =>
        {
            var o = ProjectCalculator.Compute(i, 12);
            return new DepartmentEvaluationRow(o.Project.Id, o.Project.Name, o.Project.DepartmentCode, o.Score?.Total,
                o.Score is { } sc ? Vocabulary.Code(sc.Grade) : null, o.Score is { } sl ? Vocabulary.Label(sl.Grade) : null, i.Year?.Closed == true, o.Pack.Ref);
        }).ToList();
        return new DepartmentEvaluation(code, department?.Name, fiscalYear, lines.Count, lines);
    }

    /// <summary>
    /// The 项目支出 projects of a departmentOverall entry's department (and its units) and year, not archived, with
    /// only what <see cref="ExpenditureSplit"/> sums: their spending.
    /// </summary>
    async Task<List<ProjectRow>> DepartmentProjectsSpendingAsync(ProjectRow entry, CancellationToken ct)
    {
        var projects = await db.Projects.AsNoTracking()
            .Where(p => p.FiscalYear == entry.FiscalYear && p.DepartmentPath.Contains(entry.DepartmentCode) && !p.Archived && p.Id != entry.Id)
            .Select(p => new ProjectRow { Id = p.Id, DepartmentCode = p.DepartmentCode, Name = p.Name, Type = p.Type, FiscalYear = p.FiscalYear, Spending = p.Spending })
            .ToListAsync(ct);
        return projects.Where(p => !p.IsDepartmentOverall).ToList();
    }
}
