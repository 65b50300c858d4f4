namespace KpiTracker.Reporting.Calculation;

/// <summary>Everything a query needs about one project's year, and the rule pack it is computed under (<see cref="RulePacks.RulePackChoice"/>).</summary>
public sealed record ProjectInputs(
    ProjectRow Project, IReadOnlyList<IndicatorRow> Indicators,
    IReadOnlyDictionary<Guid, EvaluationInput> Reviews, ProjectYear? Year, RulePack Pack);
