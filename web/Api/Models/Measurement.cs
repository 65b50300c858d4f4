namespace KpiTracker.Web.Api.Models;

public sealed record Measurement(
    Guid Id, Guid IndicatorId, Guid ProjectId, string Period,
    decimal? Value, string? Unit, string? Judgement, string? JudgementLabel, string? RawValue,
    string? Note, string? EvidenceUrl, int Version, string? CorrectionReason,
    string RecordedBy, string? RecordedByName, DateTimeOffset RecordedAt);
