namespace KpiTracker.Declarations;

/// <summary>The 项目类型 row as read: the ticked type(s), joined with "、" (null when none), and 延续性 years.</summary>
internal sealed record ProjectTypeCell(string? Label, int? StartYear, int? EndYear, int Line);
