namespace KpiTracker.Web.Api.Models;

public sealed record OverallGoal(string? Expected, string? Achieved);
