using KpiTracker.Reporting.Model;
using KpiTracker.Targets;

namespace KpiTracker.Reporting.Calculation;

/// <summary>Everything a query needs about one project's year, and the rule pack it is computed under (<see cref="RulePacks.RulePackChoice"/>).</summary>
public sealed record ProjectInputs(
    ProjectRow Project, IReadOnlyList<IndicatorRow> Indicators,
    IReadOnlyDictionary<Guid, EvaluationInput> Reviews, ProjectYear? Year, RulePack Pack);

public sealed record IndicatorOutcome(
    IndicatorRow Row, Target Target, Level1 Level1, Aggregation Aggregation, Frequency Frequency,
    decimal? Actual, Judgement? Judgement, PairEvaluation Evaluation,
    ForecastPoint? Forecast, IReadOnlyList<SeriesPoint> Trend, IReadOnlyList<Period> MissingPeriods,
    bool OwnerNote, EvaluationInput? Review, IndicatorScore? Score)
{
    /// <summary>A red or yellow light is explained by a reviewer's note, an owner's note on a value, or a forecast's reasons.</summary>
    public bool Explained => !string.IsNullOrWhiteSpace(Review?.DeviationNote) || OwnerNote || Forecast?.N == true;

    public bool NotApplicable => Review?.NotApplicable == true;
}

public sealed record ProjectOutcome(
    ProjectRow Project, int CutoffMonth, bool YearClosed, IReadOnlyList<IndicatorOutcome> Indicators,
    decimal Executed, decimal? ExecutionRate, Light BudgetLight, Light Light,
    ProjectScore? Score, IReadOnlyList<string> ScoreProblems, RulePack Pack)
{
    public RuleSet Rules => Pack.Rules;
}

/// <summary>
/// One project's year at a cut-off month: every rule comes from the Targets library (roll-up,
/// status, light, scoring); this class only gathers the inputs for it.
/// </summary>
public static class ProjectCalculator
{
    public static ProjectOutcome Compute(ProjectInputs inputs, int cutoffMonth)
    {
        var pack = inputs.Pack;
        var rules = pack.Rules;
        var project = inputs.Project;
        var fy = project.FiscalYear;
        var upTo = Period.Month(fy, cutoffMonth);
        // "Missed" is a year-end word: only a closed year seen at month 12 has missed targets.
        var yearClosed = inputs.Year?.Closed == true && cutoffMonth == 12;

        var outcomes = new List<IndicatorOutcome>(inputs.Indicators.Count);
        foreach (var row in Ordered(inputs.Indicators))
        {
            inputs.Reviews.TryGetValue(row.Id, out var review);
            outcomes.Add(Indicator(row, review, fy, upTo, yearClosed, rules));
        }

        var executed = 0m;
        foreach (var s in project.Spending)
            if (Period.TryParse(s.P, out var p) && p.Year == fy && p.EndsBy(upTo)) executed = Saturating.Add(executed, s.Amount);
        decimal? rate = project.AnnualBudget > 0m ? Saturating.Divide(executed, project.AnnualBudget) : null;
        var budgetLight = Evaluator.BudgetLight(project.AnnualBudget, executed, cutoffMonth, rules);

        var (score, problems) = Score(outcomes, project.AnnualBudget, executed, pack);
        if (score is not null)
        {
            var byId = score.Indicators.ToDictionary(s => s.Id);
            outcomes = outcomes.Select(o => o with { Score = byId.GetValueOrDefault(o.Row.Id.ToString()) }).ToList();
        }
        var light = Worst(outcomes.Where(o => !o.NotApplicable).Select(o => o.Evaluation.Light));
        return new ProjectOutcome(project, cutoffMonth, yearClosed, outcomes, executed, rate, budgetLight, light, score, problems, pack);
    }

    /// <summary>The form's order: level-1 as the vocabulary lists it, then level-2, then as declared.</summary>
    public static IEnumerable<IndicatorRow> Ordered(IEnumerable<IndicatorRow> rows) => rows
        .OrderBy(r => IndicatorTypes.Level1Of(r))
        .ThenBy(r => IndicatorTypes.Level2Of(r) is { } l ? (int)l : 99)
        .ThenBy(r => r.Id);

    static IndicatorOutcome Indicator(IndicatorRow row, EvaluationInput? review, int fy, Period upTo, bool yearClosed, RuleSet rules)
    {
        var target = IndicatorTypes.TargetOf(row);
        var aggregation = IndicatorTypes.AggregationOf(row);
        var frequency = IndicatorTypes.FrequencyOf(row);
        var kind = Schedule.KindOf(frequency);

        // Values of the indicator's own frequency; a stray value of another length would count months twice.
        var all = new List<(Period Period, SeriesPoint Point)>(row.Series.Count);
        foreach (var s in row.Series)
            if (Period.TryParse(s.P, out var p) && p.Year == fy && p.EndsBy(upTo)) all.Add((p, s));
        var used = all.Any(x => x.Period.Kind == kind) ? all.Where(x => x.Period.Kind == kind).ToList() : all;
        used.Sort((a, b) => a.Period.CompareTo(b.Period));

        var missing = Schedule.PeriodsOf(fy, frequency)
            .Where(p => p.EndsBy(upTo) && !used.Any(u => u.Period == p)).ToList();

        ForecastPoint? forecast = null;
        Period forecastPeriod = default;
        foreach (var f in row.Forecasts)
        {
            if (!Period.TryParse(f.A, out var p) || p.Year != fy || !p.EndsBy(upTo)) continue;
            if (forecast is null || p >= forecastPeriod) { forecast = f; forecastPeriod = p; }
        }
        Likelihood? likelihood = forecast is not null && Vocabulary.TryParse<Likelihood>(forecast.L, out var l) ? l : null;
        var context = new EvaluationContext(aggregation, upTo.EndMonth, yearClosed, likelihood, rules);

        decimal? actual = null;
        Judgement? judgement = null;
        PairEvaluation evaluation;
        if (target.Kind == TargetKind.Qualitative)
        {
            if (review?.Judgement is { } reviewed && Vocabulary.TryParse<Judgement>(reviewed, out var rj)) judgement = rj;
            else
            {
                for (var i = used.Count - 1; i >= 0 && judgement is null; i--)
                    if (Vocabulary.TryParse<Judgement>(used[i].Point.J, out var j)) judgement = j;
            }
            evaluation = Evaluator.EvaluateJudgement(judgement, context, missing.Count > 0);
        }
        else
        {
            var values = used.Where(u => u.Point.V is not null).Select(u => new PeriodValue(u.Period, u.Point.V!.Value)).ToArray();
            actual = Rollup.Aggregate(aggregation, values.AsSpan(), upTo);
            evaluation = Evaluator.Evaluate(target, actual, context, missing.Count > 0);
        }
        // A note written with a value of this period or earlier explains the state of the year.
        var ownerNote = used.Any(u => u.Point.N);
        return new IndicatorOutcome(row, target, IndicatorTypes.Level1Of(row), aggregation, frequency, actual, judgement, evaluation,
            forecast, used.Select(u => u.Point).ToList(), missing, ownerNote, review, null);
    }

    /// <summary>
    /// Scores with the library. A stored reviewer score can fall outside its band later (a new
    /// value changed the judgement): that score is set aside (the band's floor counts) and the
    /// problem is reported, rather than refusing the whole evaluation.
    /// </summary>
    static (ProjectScore? Score, IReadOnlyList<string> Problems) Score(List<IndicatorOutcome> outcomes, decimal annual, decimal executed, RulePack pack)
    {
        var inputs = outcomes.Select(o => new IndicatorScoreInput(
            o.Row.Id.ToString(), o.Level1, o.Target, o.Row.Points, o.Actual, o.Judgement, o.Review?.Score, o.NotApplicable)).ToList();
        var budget = new BudgetInput(annual, executed);
        var result = ProjectScorer.Score(new ProjectScoreInput(inputs, budget), pack);
        if (result.Success) return (result.Score, []);
        var bad = result.Problems.Where(p => p.IndicatorId is not null).Select(p => p.IndicatorId!).ToHashSet();
        var messages = result.Problems.Select(p => p.Message).ToList();
        if (bad.Count == 0 || bad.Count != result.Problems.Count) return (null, messages);
        inputs = inputs.Select(i => bad.Contains(i.Id) ? i with { ReviewerScore = null } : i).ToList();
        var retry = ProjectScorer.Score(new ProjectScoreInput(inputs, budget), pack);
        return (retry.Score, messages.Concat(retry.Problems.Select(p => p.Message)).ToList());
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

    /// <summary>
    /// Severity of a light for the project's light: red, then yellow, then blue (a target probably
    /// set too low still needs a look), then green; grey only when nothing has been reported.
    /// </summary>
    public static int Severity(Light light) => light switch
    {
        Light.Red => 4,
        Light.Yellow => 3,
        Light.Blue => 2,
        Light.Green => 1,
        _ => 0,
    };

    public static Light Worst(IEnumerable<Light> lights)
    {
        var worst = Light.Grey;
        foreach (var l in lights) if (Severity(l) > Severity(worst)) worst = l;
        return worst;
    }
}
