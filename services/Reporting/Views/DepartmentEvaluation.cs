namespace KpiTracker.Reporting.Views;

public sealed record DepartmentEvaluation(string DepartmentCode, string? DepartmentName, int FiscalYear, int Projects, IReadOnlyList<DepartmentEvaluationRow> Items);
