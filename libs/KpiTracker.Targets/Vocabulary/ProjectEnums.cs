namespace KpiTracker.Targets;

/// <summary>
/// 项目类型. <see cref="DepartmentOverall"/> is not a 项目支出 project: it carries a department's
/// goals for its overall spending (部门整体支出绩效目标), which are tracked like a project but are
/// neither listed nor counted as one on the department dashboard.
/// </summary>
public enum ProjectType { OneOff, Recurring, Continuing, DepartmentOverall }

/// <summary>资金来源.</summary>
public enum FundingSource { GeneralPublicBudget, GovernmentFund, Other }

/// <summary>
/// 申报状态: where a project's declaration stands in the approval chain 申报 → 审核 → 批复.
/// A new declaration is a <see cref="Draft"/>; its owner or a manager of its department submits it; a
/// manager of a parent department (or an admin) approves it or returns it with a reason, and a
/// returned one is submitted again.
/// </summary>
public enum DeclarationStatus { Draft, Submitted, Approved, Returned }
