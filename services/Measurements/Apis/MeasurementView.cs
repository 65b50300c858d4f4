namespace KpiTracker.Measurements.Apis;

public sealed record MeasurementView(
    Guid Id, Guid IndicatorId, Guid ProjectId, string Period,
    decimal? Value, string? Unit, string? Judgement, string? JudgementLabel, string? RawValue,
    string? Note, string? EvidenceUrl, int Version, string? CorrectionReason,
    string RecordedBy, string RecordedByName, DateTimeOffset RecordedAt, DateTimeOffset CreatedAt)
{
    public static MeasurementView From(Measurement m, MeasurementRevision v) => new(
        m.Id, m.IndicatorId, m.ProjectId, m.Period,
        v.Value, v.Unit, v.Judgement, LabelOf(v.Judgement), v.RawValue,
        v.Note, v.EvidenceUrl, v.Version, v.CorrectionReason,
        v.RecordedBy, v.RecordedByName, v.RecordedAt, m.CreatedAt);

    static string? LabelOf(string? code) =>
        Vocabulary.TryParse<Judgement>(code, out var j) ? Vocabulary.Label(j) : null;
}
