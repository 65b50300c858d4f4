namespace KpiTracker.Web.Api.Models;

public sealed record DepartmentOutcome(string Code, string Name, string Outcome, string OutcomeLabel, string? Detail);
