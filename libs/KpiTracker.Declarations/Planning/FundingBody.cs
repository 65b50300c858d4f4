namespace KpiTracker.Declarations;

/// <summary>One 资金来源 of a project, its source as an API code.</summary>
public sealed record FundingBody(string Source, decimal Amount);
