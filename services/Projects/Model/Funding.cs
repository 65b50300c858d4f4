namespace KpiTracker.Projects.Model;

/// <summary>资金来源: one line of where the money comes from.</summary>
public sealed record Funding(FundingSource Source, decimal Amount);
