namespace KpiTracker.Measurements.Apis;

/// <summary>What became of one item: the stored measurement and its first version, or a problem.</summary>
public sealed record ItemOutcome(Measurement? Measurement, MeasurementRevision? Version, ProblemDetails? Problem);
