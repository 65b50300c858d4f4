using System.Globalization;

namespace KpiTracker.Targets;

/// <summary>
/// Runs a reference case through the arithmetic and lists where the pack's result differs from what
/// the case expects (numbers to 0.01). Empty when the pack reproduces its worked example.
/// </summary>
public static class ReferenceCaseRunner
{
    public const decimal Tolerance = 0.01m;

    /// <summary>The case as the calculator's input: targets parsed as the Indicators service parses them, values converted to their unit.</summary>
    public static ProjectYearInput Input(ReferenceCase c, List<string>? problems = null)
    {
        var indicators = new List<IndicatorYearInput>();
        foreach (var i in c.Indicators)
        {
            var parsed = TargetParser.Parse(i.Target, new TargetContext(i.Level1, i.Level2));
            if (!parsed.Success)
            {
                problems?.Add($"indicator {i.Key}: target '{i.Target}': {parsed.Error.Message}");
                continue;
            }
            var target = parsed.Value;
            var values = new List<ReportedValue>();
            foreach (var v in i.Values)
            {
                if (v.Judgement is { } j) { values.Add(new(v.Period, null, j)); continue; }
                var value = ValueParser.Parse(v.Value, target);
                if (value.Success) values.Add(new(v.Period, value.Value.Value));
                else problems?.Add($"indicator {i.Key}: value {v.Period} '{v.Value}': {value.Error.Message}");
            }
            indicators.Add(new IndicatorYearInput(i.Key, i.Level1, target, i.Aggregation, i.Frequency, i.Points, values,
                i.Forecasts.Select(f => new ForecastInput(f.AsOf, f.Likelihood, f.ExpectedValue)).ToList(),
                ReviewerScore: i.ReviewerScore, NotApplicable: i.NotApplicable));
        }
        return new ProjectYearInput(c.FiscalYear, indicators, c.AnnualBudget, c.Spending.Select(s => new PeriodValue(s.Period, s.Amount)).ToList());
    }

    public static IReadOnlyList<string> Run(RulePack pack, ReferenceCase c)
    {
        var problems = new List<string>();
        var input = Input(c, problems);
        if (problems.Count > 0) return problems.Select(p => $"case '{c.Name}': {p}").ToList();

        var month = c.MonitoringMonth ?? pack.Rules.MonitoringMonth;
        if (c.Monitoring is not null || c.Indicators.Any(i => i.Monitoring is not null))
            Check(problems, "monitoring", YearCalculator.Compute(input, month, pack), c.Monitoring, c, i => i.Monitoring);
        Check(problems, "yearEnd", YearCalculator.Compute(input, 12, pack), c.YearEnd, c, i => i.YearEnd);
        return problems.Select(p => $"case '{c.Name}': {p}").ToList();
    }

    static void Check(List<string> problems, string when, ProjectYearResult result, CaseProjectExpectation? project, ReferenceCase c,
        Func<CaseIndicator, CaseIndicatorExpectation?> expectationOf)
    {
        foreach (var i in c.Indicators)
        {
            if (expectationOf(i) is not { } e) continue;
            var r = result.Indicators.First(x => x.Input.Id == i.Key);
            var p = result.Projection?.Indicators.FirstOrDefault(x => x.Id == i.Key);
            var at = $"{when}.indicators[{i.Key}]";
            Same(problems, at, "light", e.Light, r.Evaluation.Light);
            Same(problems, at, "status", e.Status, r.Evaluation.Status);
            Same(problems, at, "noteRequired", e.NoteRequired, r.NoteRequired);
            Same(problems, at, "provisional", e.Provisional, r.Provisional);
            Near(problems, at, "points", e.Points, r.Score?.Points);
            Near(problems, at, "score", e.Score, r.Score?.Score);
            Near(problems, at, "projectedScore", e.ProjectedScore, p?.ProjectedScore);
            Near(problems, at, "pointsAtRisk", e.PointsAtRisk, p?.PointsAtRisk);
        }
        if (project is null) return;
        if (result.ScoreProblems.Count > 0 && (project.Total is not null || project.Grade is not null))
            problems.Add($"{when}: not scored: {string.Join("; ", result.ScoreProblems)}");
        Same(problems, when, "budgetLight", project.BudgetLight, result.BudgetLight);
        Near(problems, when, "budgetPoints", project.BudgetPoints, result.Score?.BudgetPoints);
        Near(problems, when, "budgetScore", project.BudgetScore, result.Score?.BudgetScore);
        Near(problems, when, "total", project.Total, result.Score?.Total);
        Same(problems, when, "grade", project.Grade, result.Score?.Grade);
        Near(problems, when, "projectedTotal", project.ProjectedTotal, result.Projection?.ProjectedTotal);
        Same(problems, when, "projectedGrade", project.ProjectedGrade, result.Projection?.ProjectedGrade);
    }

    static void Same<T>(List<string> problems, string at, string field, T? expected, T? actual) where T : struct
    {
        if (expected is { } e && !Equals(e, actual))
            problems.Add($"{at}.{field} is {Show<T>(actual)}, expected {Show<T>(e)}");
    }

    static void Near(List<string> problems, string at, string field, decimal? expected, decimal? actual)
    {
        if (expected is { } e && (actual is not { } a || Math.Abs(a - e) > Tolerance))
            problems.Add($"{at}.{field} is {Show<decimal>(actual)}, expected {Show<decimal>(e)}");
    }

    static string Show<T>(T? value) where T : struct => value switch
    {
        null => "none",
        Light l => Vocabulary.Code(l),
        Status st => Vocabulary.Code(st),
        Grade g => Vocabulary.Code(g),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => value.ToString() ?? "",
    };
}
