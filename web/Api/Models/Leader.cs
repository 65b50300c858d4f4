namespace KpiTracker.Web.Api.Models;

public sealed record Leader(string? Name, string? Phone);
