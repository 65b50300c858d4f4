namespace KpiTracker.Web.Api.Models;

public sealed record ProjectOutcome(
    int Line, string Name, Guid? Id, bool DepartmentGoals, string Outcome, string OutcomeLabel, string? Detail,
    int IndicatorsCreated, int IndicatorsExisting, int IndicatorsFailed);
