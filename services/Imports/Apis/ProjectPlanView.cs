using KpiTracker.Declarations;
using KpiTracker.Targets;

namespace KpiTracker.Imports.Apis;

public sealed record ProjectPlanView(
    int Line, string Name, string Type, string TypeLabel, bool DepartmentGoals, bool LongTerm,
    decimal AnnualBudget, int? StartYear, int? EndYear, IReadOnlyList<string> OwnerIds, int IndicatorCount, IReadOnlyList<IndicatorPlanView> Indicators,
    decimal? BasicExpenditure, decimal? ProjectExpenditure)
{
    public static ProjectPlanView Of(PlannedProject p) => new(
        p.Line, p.Name, p.Body.Type, Vocabulary.LabelOf<ProjectType>(p.Body.Type), p.IsDepartmentGoals, p.IsLongTermGoals,
        p.Body.AnnualBudget, p.Body.StartYear, p.Body.EndYear, p.Body.OwnerIds, p.Indicators.Count,
        p.Indicators.Select(i => new IndicatorPlanView(i.Line,
            i.Body.Level1, Vocabulary.LabelOf<Level1>(i.Body.Level1), i.Body.Level2, Vocabulary.LabelOf<Level2>(i.Body.Level2),
            i.Body.Name, i.Body.Target, i.Body.Standard, i.Body.Points, i.Body.Aggregation, i.Body.Frequency)).ToList(),
        p.Body.BasicExpenditure, p.Body.ProjectExpenditure);
}
