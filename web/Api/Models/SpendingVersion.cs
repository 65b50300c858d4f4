namespace KpiTracker.Web.Api.Models;

public sealed record SpendingVersion(int Version, decimal Amount, string? Note, string? CorrectionReason, string? RecordedBy, string? RecordedByName, DateTimeOffset? RecordedAt);
