namespace KpiTracker.Targets;

/// <summary>
/// 申报状态: where a project's declaration stands in the approval chain 申报 → 审核 → 批复.
/// A new declaration is a <see cref="Draft"/>; its owner or a manager of its department submits it; a
/// manager of a parent department (or an admin) approves it or returns it with a reason, and a
/// returned one is submitted again.
/// </summary>
public enum DeclarationStatus { Draft, Submitted, Approved, Returned }
