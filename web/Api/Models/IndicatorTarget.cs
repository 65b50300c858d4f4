namespace KpiTracker.Web.Api.Models;

public sealed record IndicatorTarget(
    string Kind, string? KindLabel, string? Comparator, decimal? Value, string? Unit,
    string? Direction, string? DirectionLabel, bool ComparatorInferred, string? Label, string? Text, string? Normalized);
