namespace KpiTracker.Measurements.Apis;

public sealed record MonitoringSubmissionList(IReadOnlyList<MonitoringSubmissionView> Items, int Page, int PageSize, int Total,
    MonitoringStatusCounts Counts);
