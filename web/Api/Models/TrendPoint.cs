namespace KpiTracker.Web.Api.Models;

public sealed record TrendPoint(string Period, decimal? Value, string? Judgement);
