using KpiTracker.Declarations.Api;

namespace KpiTracker.Imports.Apis;

public sealed record ProjectOutcomeView(
    int Line, string Name, string? Id, bool DepartmentGoals, string Outcome, string OutcomeLabel, string? Detail,
    int IndicatorsCreated, int IndicatorsExisting, int IndicatorsFailed, IReadOnlyList<IndicatorOutcomeView> Indicators)
{
    public static ProjectOutcomeView Of(ImportedProject p) => new(
        p.Line, p.Name, p.Id, p.IsDepartmentGoals, RunView.Code(p.Outcome), RunView.Label(p.Outcome), p.Detail,
        p.Indicators.Count(i => i.Outcome == ImportOutcome.Created), p.Indicators.Count(i => i.Outcome == ImportOutcome.Exists),
        p.Indicators.Count(i => i.Outcome == ImportOutcome.Failed),
        p.Indicators.Select(i => new IndicatorOutcomeView(i.Planned.Line, i.Planned.Body.Name, RunView.Code(i.Outcome), RunView.Label(i.Outcome), i.Id, i.Detail)).ToList());
}
