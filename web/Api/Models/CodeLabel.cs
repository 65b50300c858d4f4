namespace KpiTracker.Web.Api.Models;

public sealed record CodeLabel(string Code, string Label);
