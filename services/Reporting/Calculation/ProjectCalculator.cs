namespace KpiTracker.Reporting.Calculation;

/// <summary>
/// One project's year at a cut-off month under its rule pack. Every rule is the Targets library's
/// <see cref="YearCalculator"/> (values to date, provisional open periods, roll-up, status, light, score,
/// explanation, projection); this class only turns the read model into its inputs and the results back
/// into the rows the views show.
/// </summary>
public static class ProjectCalculator
{
    /// <param name="project">Also project the year end (dashboards, monitoring); an evaluation at month 12 does not need it.</param>
    public static ProjectOutcome Compute(ProjectInputs inputs, int cutoffMonth, bool project = false)
    {
        var p = inputs.Project;
        var fy = p.FiscalYear;
        var rows = Ordered(inputs.Indicators).ToList();
        var input = new ProjectYearInput(fy, rows.Select(r => InputOf(r, inputs.Reviews.GetValueOrDefault(r.Id))).ToList(), p.AnnualBudget,
            p.Spending.Select(x => (Ok: Period.TryParse(x.P, out var period), Period: period, x.Amount)).Where(x => x.Ok)
                .Select(x => new PeriodValue(x.Period, x.Amount)).ToList(),
            inputs.Year?.Closed == true);
        var result = YearCalculator.Compute(input, cutoffMonth, inputs.Pack, project);
        var projected = result.Projection?.Indicators.ToDictionary(i => i.Id);

        var outcomes = new List<IndicatorOutcome>(rows.Count);
        for (var k = 0; k < rows.Count; k++)
        {
            var row = rows[k];
            var r = result.Indicators[k];
            var periods = r.Used.Select(u => u.Period.ToString()).ToHashSet(StringComparer.Ordinal);
            var trend = row.Series.Where(x => periods.Contains(Canonical(x.P))).ToList();
            var forecast = r.Forecast is { } f ? row.Forecasts.FirstOrDefault(x => Canonical(x.A) == f.AsOf.ToString()) : null;
            outcomes.Add(new IndicatorOutcome(row, r.Input.Target, r.Input.Level1, r.Input.Aggregation, r.Input.Frequency,
                r.Actual, r.Judgement, r.Evaluation, forecast, trend, r.MissingPeriods, trend.Any(x => x.N),
                inputs.Reviews.GetValueOrDefault(row.Id), r.Score, r.Provisional, r.OverAchieved,
                projected?.GetValueOrDefault(r.Input.Id)));
        }
        return new ProjectOutcome(p, result.CutoffMonth, result.YearClosed, outcomes, result.Executed, result.ExecutionRate,
            result.BudgetLight, result.Light, result.Score, result.ScoreProblems, inputs.Pack, result.Projection);
    }

    static string Canonical(string period) => Period.TryParse(period, out var p) ? p.ToString() : period;

    /// <summary>The form's order: level-1 as the vocabulary lists it, then level-2, then as declared.</summary>
    public static IEnumerable<IndicatorRow> Ordered(IEnumerable<IndicatorRow> rows) => rows
        .OrderBy(r => IndicatorTypes.Level1Of(r))
        .ThenBy(r => IndicatorTypes.Level2Of(r) is { } l ? (int)l : 99)
        .ThenBy(r => r.Id);

    /// <summary>An indicator's replica as the calculator's input: values already in the target's unit, codes parsed leniently.</summary>
    static IndicatorYearInput InputOf(IndicatorRow row, EvaluationInput? review)
    {
        var values = new List<ReportedValue>(row.Series.Count);
        foreach (var s in row.Series)
        {
            if (!Period.TryParse(s.P, out var period)) continue;
            Judgement? judgement = Vocabulary.TryParse<Judgement>(s.J, out var j) ? j : null;
            values.Add(new ReportedValue(period, s.V, judgement));
        }
        var forecasts = new List<ForecastInput>(row.Forecasts.Count);
        foreach (var f in row.Forecasts)
            if (Period.TryParse(f.A, out var asOf) && Vocabulary.TryParse<Likelihood>(f.L, out var likelihood))
                forecasts.Add(new ForecastInput(asOf, likelihood, f.E));
        Judgement? reviewed = review?.Judgement is { } rj && Vocabulary.TryParse<Judgement>(rj, out var rjv) ? rjv : null;
        return new IndicatorYearInput(row.Id.ToString(), IndicatorTypes.Level1Of(row), IndicatorTypes.TargetOf(row),
            IndicatorTypes.AggregationOf(row), IndicatorTypes.FrequencyOf(row), row.Points, values, forecasts,
            reviewed, review?.Score, review?.NotApplicable == true);
    }

    /// <summary>Checks a reviewer's score against the project's scoring; the library's message when it is outside its band.</summary>
    public static string? CheckReviewerScore(ProjectOutcome outcome, Guid indicatorId, decimal score)
    {
        var inputs = outcome.Indicators.Select(o => new IndicatorScoreInput(
            o.Row.Id.ToString(), o.Level1, o.Target, o.Row.Points, o.Actual, o.Judgement,
            o.Row.Id == indicatorId ? score : null, o.NotApplicable)).ToList();
        var result = ProjectScorer.Score(new ProjectScoreInput(inputs, new BudgetInput(outcome.Project.AnnualBudget, outcome.Executed)), outcome.Pack);
        return result.Problems.FirstOrDefault(p => p.IndicatorId == indicatorId.ToString())?.Message;
    }

    /// <summary>Severity of a light for the project's light (the library's order: red, yellow, blue, green, grey).</summary>
    public static int Severity(Light light) => YearCalculator.Severity(light);

    public static Light Worst(IEnumerable<Light> lights) => YearCalculator.Worst(lights);
}
