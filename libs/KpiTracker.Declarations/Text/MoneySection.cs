namespace KpiTracker.Declarations;

/// <summary>Which money section of a project form the rows being read belong to.</summary>
internal enum MoneySection
{
    None,

    /// <summary>项目资金来源.</summary>
    Funding,

    /// <summary>项目支出预算及测算依据 (expense items).</summary>
    Expense,
}
