namespace KpiTracker.Measurements.Model;

/// <summary>What other services learn about reports: the contract shapes of our rows.</summary>
public static class Events
{
    /// <summary>A batch yields one event per chunk of this many items, never one message per row.</summary>
    public const int ChunkSize = 500;

    public static MeasurementVersion ToContract(this MeasurementRevision v, Measurement m) => new(
        m.Id, v.Version, m.IndicatorId, m.ProjectId, m.Period, v.Value, v.Unit, v.Judgement, v.RawValue,
        v.Note, v.EvidenceUrl, v.CorrectionReason, v.RecordedBy, v.RecordedAt, v.RecordedByName);

    public static SpendingEntry ToContract(this Spending s) => s.ToContract(SpendingVersion.Original(s));

    public static SpendingEntry ToContract(this Spending s, SpendingVersion v) =>
        new(s.Id, s.ProjectId, s.Period, v.Amount, v.Note, v.RecordedBy, v.RecordedAt, v.Version, v.CorrectionReason);

    public static ForecastEntry ToContract(this Forecast f) =>
        new(f.Id, f.IndicatorId, f.ProjectId, f.AsOf, f.ExpectedValue, f.Likelihood, f.DeviationReasons, f.Note, f.RecordedBy, f.RecordedAt);

    public static MonitoringSubmissionChanged ToContract(this MonitoringSubmission m, DateTimeOffset at)
    {
        var decided = m.Status != MonitoringStatus.Submitted;
        return new(Guid.CreateVersion7(), at, m.ProjectId, m.FiscalYear, m.Month, Vocabulary.Code(m.Status), m.Version,
            (decided ? m.DecidedBy : m.SubmittedBy) ?? "", decided ? m.DecidedByName : m.SubmittedByName, m.Reason);
    }

    /// <summary>Orders periods chronologically: by year, end month, then start month (as <see cref="Period"/> compares).</summary>
    public static int SortKey(this Period p) => p.Year * 10000 + p.EndMonth * 100 + p.StartMonth;
}
