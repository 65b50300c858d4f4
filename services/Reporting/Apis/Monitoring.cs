using KpiTracker.Reporting.Calculation;
using KpiTracker.Targets;

namespace KpiTracker.Reporting.Apis;

public sealed record Monitoring(Guid ProjectId, string ProjectName, string DepartmentCode, int FiscalYear, string AsOf,
    MonitoringBudget Budget, IReadOnlyList<MonitoringIndicator> Indicators, RulePackRef RulePack,
    decimal? ProjectedScore, string? ProjectedGrade, string? ProjectedGradeLabel, decimal? PointsAtRisk);
