namespace KpiTracker.Web.Api.Models;

/// <summary>The sheet at a cut-off month; the 监控表's status as Reporting last heard it (for the printed sheet).</summary>
public sealed record Monitoring(Guid ProjectId, string ProjectName, string DepartmentCode, int FiscalYear, string AsOf,
    MonitoringBudget Budget, IReadOnlyList<MonitoringIndicator> Indicators, string? SubmissionStatusLabel = null);
