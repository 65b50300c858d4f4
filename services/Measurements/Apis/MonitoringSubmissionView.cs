namespace KpiTracker.Measurements.Apis;

/// <summary>
/// A month's 监控表 as it stands: its status (code and label), whether its periods are locked, who submitted
/// and who decided, the last reason, the version (also the ETag) and every step. A month never submitted
/// reads as notSubmitted (未提交), version 0, with no id.
/// </summary>
public sealed record MonitoringSubmissionView(
    Guid? Id, Guid ProjectId, int FiscalYear, int Month, string Period, string Status, string StatusLabel, bool Locked,
    string? SubmittedBy, string? SubmittedByName, DateTimeOffset? SubmittedAt,
    string? DecidedBy, string? DecidedByName, DateTimeOffset? DecidedAt, string? Reason, long Version,
    IReadOnlyList<MonitoringStepView> Steps)
{
    public static MonitoringSubmissionView From(MonitoringSubmission m) => new(
        m.Id, m.ProjectId, m.FiscalYear, m.Month, Targets.Period.Month(m.FiscalYear, m.Month).ToString(),
        Vocabulary.Code(m.Status), Vocabulary.Label(m.Status), m.Status == MonitoringStatus.Accepted,
        m.SubmittedBy, m.SubmittedByName, m.SubmittedAt, m.DecidedBy, m.DecidedByName, m.DecidedAt, m.Reason, m.Version,
        m.Steps.Select(MonitoringStepView.Of).ToList());

    public static MonitoringSubmissionView NotSubmitted(Guid projectId, int fiscalYear, int month) => new(
        null, projectId, fiscalYear, month, Targets.Period.Month(fiscalYear, month).ToString(),
        Vocabulary.Code(MonitoringStatus.NotSubmitted), Vocabulary.Label(MonitoringStatus.NotSubmitted), false,
        null, null, null, null, null, null, null, 0, []);
}
