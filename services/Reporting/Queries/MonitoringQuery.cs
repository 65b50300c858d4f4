namespace KpiTracker.Reporting.Queries;

/// <summary>
/// The mid-year monitoring table (绩效运行监控) of a project at a cut-off month: each indicator with its
/// latest forecast and note up to the cut-off, the money projected linearly to the year end, and the
/// month's 监控表 status.
/// </summary>
public sealed class MonitoringQuery(ReportingDb db)
{
    public async Task<Monitoring> BuildAsync(ProjectInputs inputs, int month, CancellationToken ct)
    {
        var id = inputs.Project.Id;
        var year = inputs.Project.FiscalYear;
        var o = ProjectCalculator.Compute(inputs, month, project: true);

        var upTo = Period.Month(year, month);
        var forecasts = await db.Forecasts.AsNoTracking().Where(f => f.ProjectId == id).ToListAsync(ct);
        var latest = forecasts
            .Where(f => Period.TryParse(f.AsOf, out var p) && p.Year == year && p.EndsBy(upTo))
            .GroupBy(f => f.IndicatorId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(f => Period.Parse(f.AsOf)).ThenByDescending(f => f.RecordedAt).First());
        var notes = await OwnerNotes.LatestAsync(db, id, upTo, ct);

        var indicators = o.Indicators.Select(i =>
        {
            var f = latest.GetValueOrDefault(i.Row.Id);
            var view = f is null ? null : ForecastView.From(f);
            return new MonitoringIndicator(i.Row.Id, Vocabulary.Code(i.Level1), Vocabulary.Label(i.Level1),
                Vocabulary.CodeOf<Level2>(i.Row.Level2), Vocabulary.LabelOf<Level2>(i.Row.Level2), i.Row.Name,
                i.Row.TargetText, ParsedTargetView.From(i.Target), i.Actual, Numbers.Display(i),
                i.Actual is null && i.Judgement is null ? null : Numbers.Ratio(i.Evaluation.Completion),
                Vocabulary.Code(i.Evaluation.Status), Vocabulary.Code(i.Evaluation.Light), Vocabulary.Label(i.Evaluation.Light), i.Explained,
                view, view?.ExpectedValue, view?.Likelihood, view?.LikelihoodLabel, view?.DeviationReasons ?? [],
                f?.Note ?? i.Review?.DeviationNote ?? notes.GetValueOrDefault(i.Row.Id),
                i.Provisional, i.Projected?.ProjectedActual, i.Projected?.ProjectedJudgement is { } pj ? Vocabulary.Code(pj) : null,
                i.NotApplicable ? null : i.Projected?.Points, i.NotApplicable ? null : i.Projected?.ProjectedScore,
                i.NotApplicable ? null : i.Projected?.PointsAtRisk, Projected.Source(i), i.NoteRequired);
        }).ToList();

        var annual = o.Project.AnnualBudget;
        var expected = Math.Round(Saturating.Divide(Saturating.Multiply(o.Executed, 12m), month), 4, MidpointRounding.AwayFromZero);
        var budget = new MonitoringBudget(annual, o.Executed, Numbers.Ratio(o.ExecutionRate), expected,
            annual > 0m ? Numbers.Ratio(Saturating.Divide(expected, annual)) : null, Vocabulary.Code(o.BudgetLight), Vocabulary.Label(o.BudgetLight),
            "linear: executed × 12 ÷ cut-off month");
        var submission = await db.MonitoringSubmissions.AsNoTracking()
            .FirstOrDefaultAsync(x => x.ProjectId == id && x.FiscalYear == year && x.Month == month, ct);
        var status = submission is not null && Vocabulary.TryParse<MonitoringStatus>(submission.Status, out var st) ? st : MonitoringStatus.NotSubmitted;
        return new Monitoring(o.Project.Id, o.Project.Name, o.Project.DepartmentCode, year, AsOf.Label(year, month), budget, indicators, o.Pack.Ref,
            Projected.Score(o), Projected.Grade(o), Projected.GradeLabel(o), Projected.PointsAtRisk(o),
            Vocabulary.Code(status), Vocabulary.Label(status), status == MonitoringStatus.Accepted,
            submission?.ChangedByName ?? submission?.ChangedBy, submission?.ChangedAt, submission?.Reason);
    }
}
