namespace KpiTracker.Imports.Apis;

/// <summary>Projects: the 项目支出 forms; departmentGoals: the 部门整体支出 entries (annual and long-term).</summary>
public sealed record PlanSummary(int Projects, int DepartmentGoals, int Indicators, int Skipped);
