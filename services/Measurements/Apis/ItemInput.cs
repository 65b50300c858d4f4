namespace KpiTracker.Measurements.Apis;

/// <summary>One item to record: a request, or the problem found while reading it.</summary>
public sealed record ItemInput(MeasurementRequest? Request, ProblemDetails? Problem);
