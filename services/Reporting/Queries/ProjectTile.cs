namespace KpiTracker.Reporting.Queries;

/// <summary>One project's line on a department dashboard at a cut-off month, with the money the summary adds up.</summary>
public sealed record ProjectTile(DashboardProject Row, decimal AnnualBudget, decimal Executed, bool DepartmentOverall);
