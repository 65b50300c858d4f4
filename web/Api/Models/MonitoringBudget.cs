namespace KpiTracker.Web.Api.Models;

public sealed record MonitoringBudget(decimal Annual, decimal Executed, decimal? Rate, decimal ExpectedYearEnd, decimal? ExpectedYearEndRate,
    string Light, string LightLabel, string? ProjectionMethod);
