namespace KpiTracker.Reporting.Apis;

public sealed record RulePackAssignmentRequest(string? PackId);
