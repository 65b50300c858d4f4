namespace KpiTracker.Web.Api.Models;

public sealed record SkippedItem(int Line, string What, string Why, string? Field);
