namespace KpiTracker.Targets;

/// <summary>A project's year at a cut-off month: indicators, budget, the project's light, the score and the projection.</summary>
public sealed record ProjectYearResult(
    int CutoffMonth,
    bool YearClosed,
    IReadOnlyList<IndicatorYearResult> Indicators,
    decimal Executed,
    decimal? ExecutionRate,
    Light BudgetLight,
    Light Light,
    ProjectScore? Score,
    IReadOnlyList<string> ScoreProblems,
    YearProjection? Projection);
