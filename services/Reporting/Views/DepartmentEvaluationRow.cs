namespace KpiTracker.Reporting.Views;

public sealed record DepartmentEvaluationRow(Guid Id, string Name, string DepartmentCode, decimal? Total, string? Grade, string? GradeLabel, bool Closed, RulePackRef RulePack);
