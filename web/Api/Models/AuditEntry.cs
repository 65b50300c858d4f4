namespace KpiTracker.Web.Api.Models;

public sealed record AuditEntry(Guid Id, string Action, string By, string? ByName, DateTimeOffset At, string? Reason, string? Detail);
