namespace KpiTracker.Targets;

/// <summary>What the project must show; only what is written is checked.</summary>
public sealed record CaseProjectExpectation(
    Light? BudgetLight = null, decimal? BudgetPoints = null, decimal? BudgetScore = null,
    decimal? Total = null, Grade? Grade = null, decimal? ProjectedTotal = null, Grade? ProjectedGrade = null);
