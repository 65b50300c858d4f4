namespace KpiTracker.Targets;

/// <summary>
/// 项目类型. <see cref="DepartmentOverall"/> is not a 项目支出 project: it carries a department's
/// goals for its overall spending (部门整体支出绩效目标), which are tracked like a project but are
/// neither listed nor counted as one on the department dashboard.
/// </summary>
public enum ProjectType { OneOff, Recurring, Continuing, DepartmentOverall }
