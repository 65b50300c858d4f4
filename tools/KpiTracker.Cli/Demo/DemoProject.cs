namespace KpiTracker.Cli.Demo;

/// <summary>A project of the demo with its budget and indicators.</summary>
/// <see cref="IsDepartmentGoals"/>: the 部门整体支出 goals, which the dashboard lists apart and counts in no summary.
public sealed record DemoProject(string Id, string Name, int FiscalYear, decimal AnnualBudget, IReadOnlyList<DemoIndicator> Indicators,
    bool IsDepartmentGoals = false);
