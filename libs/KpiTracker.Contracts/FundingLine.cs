namespace KpiTracker.Contracts;

public sealed record FundingLine(string Source, decimal Amount);
