namespace KpiTracker.Reporting.Model;

/// <summary>One kind of one project where Reporting and the owner disagree.</summary>
public sealed record LedgerDifference(Guid ProjectId, string Kind, long ReportingCount, long OwnerCount, long ReportingChecksum, long OwnerChecksum);
