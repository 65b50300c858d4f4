namespace KpiTracker.Targets;

/// <summary>
/// The year-end result projected at a cut-off month: per indicator, then the budget (spending's pace),
/// the projected total and grade and the points at risk (what the projection loses against full marks).
/// </summary>
public sealed record YearProjection(
    int CutoffMonth,
    IReadOnlyList<ProjectedIndicator> Indicators,
    decimal ProjectedExecuted,
    decimal BudgetPoints,
    decimal ProjectedBudgetScore,
    decimal? ProjectedTotal,
    Grade? ProjectedGrade,
    decimal PointsAtRisk,
    IReadOnlyList<string> Problems);
