namespace KpiTracker.Web.Api.Models;

public sealed record ParsedTarget(string Kind, string? Comparator, decimal? Value, string? Unit, string? Direction, bool ComparatorInferred);
