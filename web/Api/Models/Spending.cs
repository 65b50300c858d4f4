namespace KpiTracker.Web.Api.Models;

public sealed record Spending(
    Guid Id, Guid ProjectId, string Period, decimal Amount, string? Note, int Version, string? CorrectionReason,
    string? RecordedBy, string? RecordedByName, DateTimeOffset? RecordedAt);
