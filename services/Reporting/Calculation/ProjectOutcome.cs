namespace KpiTracker.Reporting.Calculation;

public sealed record ProjectOutcome(
    ProjectRow Project, int CutoffMonth, bool YearClosed, IReadOnlyList<IndicatorOutcome> Indicators,
    decimal Executed, decimal? ExecutionRate, Light BudgetLight, Light Light,
    ProjectScore? Score, IReadOnlyList<string> ScoreProblems, RulePack Pack, YearProjection? Projection = null)
{
    public RuleSet Rules => Pack.Rules;
}
