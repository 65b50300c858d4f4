namespace KpiTracker.ServiceDefaults.Audit;

/// <summary>The outcome of walking a chain: how many records, and the first that does not match (null when all do).</summary>
public sealed record AuditVerification(string Service, long Records, bool Intact, long? FirstBadPosition, string? Problem);
