namespace KpiTracker.Web.Api.Models;

public sealed record Funding(string Source, string SourceLabel, decimal Amount);
