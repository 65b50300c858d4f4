namespace KpiTracker.Measurements.Apis;

public sealed record MeasurementHistory(
    Guid Id, Guid IndicatorId, Guid ProjectId, string Period, int CurrentVersion, IReadOnlyList<MeasurementVersionView> Versions);
