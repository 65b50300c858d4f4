namespace KpiTracker.Measurements.Apis;

public sealed record MeasurementVersionView(
    int Version, decimal? Value, string? Unit, string? Judgement, string? RawValue, string? Note, string? EvidenceUrl,
    string? CorrectionReason, string RecordedBy, string RecordedByName, DateTimeOffset RecordedAt)
{
    public static MeasurementVersionView From(MeasurementRevision v) => new(
        v.Version, v.Value, v.Unit, v.Judgement, v.RawValue, v.Note, v.EvidenceUrl, v.CorrectionReason,
        v.RecordedBy, v.RecordedByName, v.RecordedAt);
}
