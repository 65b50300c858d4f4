using KpiTracker.Projects.Model;
using KpiTracker.Targets;

namespace KpiTracker.Projects.Apis;

public sealed record FundingDto(string? Source, decimal? Amount);
