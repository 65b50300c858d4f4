namespace KpiTracker.Web.Api.Models;

public sealed record AlertItem(
    string Kind, string KindLabel, Guid ProjectId, string ProjectName, string DepartmentCode,
    Guid IndicatorId, string IndicatorName, string Light, string Status, string Message,
    string? Period, DateOnly? DueSince, int? DaysOverdue);
