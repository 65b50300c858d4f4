namespace KpiTracker.Reporting.Views;

public sealed record AuditView(Guid Id, string Action, string By, string? ByName, DateTimeOffset At, string? Reason, string? Detail);
