using KpiTracker.Projects.Model;
using KpiTracker.Targets;

namespace KpiTracker.Projects.Apis;

public sealed record ExpenseDto(string? Item, decimal? Amount);
