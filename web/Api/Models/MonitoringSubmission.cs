namespace KpiTracker.Web.Api.Models;

/// <summary>
/// A month's 监控表 as Measurements keeps it (/api/monitoring-submissions): notSubmitted (未提交) → submitted (已提交) →
/// accepted (已接受, the month locked) or returned (被退回); an accepted month reopened (已重新打开) with a reason.
/// </summary>
public sealed record MonitoringSubmission(
    Guid? Id, Guid ProjectId, int FiscalYear, int Month, string Period, string Status, string StatusLabel, bool Locked,
    string? SubmittedBy, string? SubmittedByName, DateTimeOffset? SubmittedAt,
    string? DecidedBy, string? DecidedByName, DateTimeOffset? DecidedAt, string? Reason, long Version,
    IReadOnlyList<MonitoringStep> Steps);
