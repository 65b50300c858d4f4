namespace KpiTracker.Reporting.Apis;

public sealed record DepartmentEvaluation(string DepartmentCode, string? DepartmentName, int FiscalYear, int Projects, IReadOnlyList<DepartmentEvaluationRow> Items);
