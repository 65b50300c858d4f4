namespace KpiTracker.Declarations;

/// <summary>One row of 项目资金来源 with an amount written in it (万元), label as written.</summary>
public sealed record FundingLine(string SourceLabel, decimal Amount, int Line);
