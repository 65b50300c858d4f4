namespace KpiTracker.Reporting.Views;

/// <summary>One thing that needs someone's attention. Overdue alerts say which period was due since when.</summary>
public sealed record Alert(
    string Kind, string KindLabel, Guid ProjectId, string ProjectName, string DepartmentCode,
    Guid IndicatorId, string IndicatorName, string Light, string Status, string Message,
    string? Period, DateOnly? DueSince, int? DaysOverdue);
