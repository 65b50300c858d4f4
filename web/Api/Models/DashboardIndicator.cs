namespace KpiTracker.Web.Api.Models;

public sealed record DashboardIndicator(
    Guid Id, string Level1, string Level1Label, string Level2, string Level2Label, string Name,
    string Target, ParsedTarget ParsedTarget, string Aggregation, string Frequency,
    decimal? Actual, string? ActualText, string? Judgement, decimal? Completion,
    string Status, string StatusLabel, string Light, string LightLabel, string? Likelihood,
    IReadOnlyList<string> MissingPeriods, IReadOnlyList<TrendPoint> Trend,
    string? LastChangedBy = null, string? LastChangedByName = null, DateTimeOffset? LastChangedAt = null,
    string? LastValueBy = null, string? LastValueByName = null, DateTimeOffset? LastValueAt = null, string? LastValuePeriod = null);
