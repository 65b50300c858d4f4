namespace KpiTracker.Web.Api.Models;

public sealed record MeasurementVersion(
    int Version, decimal? Value, string? Unit, string? Judgement, string? RawValue, string? Note, string? EvidenceUrl,
    string? CorrectionReason, string RecordedBy, string? RecordedByName, DateTimeOffset RecordedAt);
