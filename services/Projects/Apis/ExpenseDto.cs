namespace KpiTracker.Projects.Apis;

public sealed record ExpenseDto(string? Item, decimal? Amount);
