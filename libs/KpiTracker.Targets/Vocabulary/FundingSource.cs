namespace KpiTracker.Targets;

/// <summary>资金来源.</summary>
public enum FundingSource { GeneralPublicBudget, GovernmentFund, Other }
