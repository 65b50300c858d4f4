namespace KpiTracker.Targets;

/// <summary>A forecast (预计完成) made at a monitoring month: how likely the target is, and the expected year-end value as written.</summary>
public sealed record ForecastInput(Period AsOf, Likelihood Likelihood, string? ExpectedValue = null);
