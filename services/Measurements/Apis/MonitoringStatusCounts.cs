namespace KpiTracker.Measurements.Apis;

/// <summary>How many listed 监控表 stand in each status, over the whole filter but the status itself.</summary>
public sealed record MonitoringStatusCounts(int Submitted, int Accepted, int Returned, int Reopened);
