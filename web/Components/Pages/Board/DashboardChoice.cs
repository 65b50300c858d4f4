namespace KpiTracker.Web.Components.Pages.Board;

/// <summary>Which department, fiscal year and cut-off month a dashboard shows.</summary>
public sealed record DashboardChoice(string? Department, int Year, int? AsOf);
