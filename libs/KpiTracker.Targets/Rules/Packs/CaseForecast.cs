namespace KpiTracker.Targets;

public sealed record CaseForecast(Period AsOf, Likelihood Likelihood, string? ExpectedValue);
