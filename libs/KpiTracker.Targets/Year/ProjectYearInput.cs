namespace KpiTracker.Targets;

/// <summary>A project's year: its indicators, its budget and spending per period (万元), whether the year is closed.</summary>
public sealed record ProjectYearInput(
    int FiscalYear,
    IReadOnlyList<IndicatorYearInput> Indicators,
    decimal AnnualBudget,
    IReadOnlyList<PeriodValue> Spending,
    bool Closed = false,
    Level1Weights? Weights = null);
