namespace KpiTracker.Reporting.Views;

/// <summary>
/// The table at a cut-off month. <see cref="SubmissionStatus"/> is that month's 监控表 status as Measurements announced
/// it (notSubmitted when nobody submitted it), with its label; <see cref="SubmissionLocked"/> while it is accepted.
/// </summary>
public sealed record Monitoring(Guid ProjectId, string ProjectName, string DepartmentCode, int FiscalYear, string AsOf,
    MonitoringBudget Budget, IReadOnlyList<MonitoringIndicator> Indicators, RulePackRef RulePack,
    decimal? ProjectedScore, string? ProjectedGrade, string? ProjectedGradeLabel, decimal? PointsAtRisk,
    string SubmissionStatus, string SubmissionStatusLabel, bool SubmissionLocked, string? SubmissionChangedBy,
    DateTimeOffset? SubmissionChangedAt, string? SubmissionReason);
