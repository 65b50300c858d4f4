using KpiTracker.Declarations;
using KpiTracker.Targets;

namespace KpiTracker.Imports.Apis;

/// <summary>
/// What POST /api/imports answers: the plan (what a run creates, what it skips and why, with lines), and for a
/// real run what each project came to. The same plan `kpi import --dry-run` prints, as JSON.
/// </summary>
public sealed record ImportAnswer(
    bool DryRun, string FileName, string Format, string ContentHash, int FiscalYear,
    DepartmentView? Parent, DepartmentView Department,
    IReadOnlyList<ProjectPlanView> Projects, IReadOnlyList<SkippedView> Skipped, IReadOnlyList<NoteView> Notes,
    IReadOnlyList<DocumentProblemView> Problems, PlanSummary Summary, RunView? Result)
{
    public static ImportAnswer Of(DeclarationFile file, ImportPlan plan, bool dryRun, RunView? result) => new(
        dryRun, file.FileName, file.Format == DeclarationFormat.Xlsx ? "xlsx" : "text", plan.ContentHash, plan.FiscalYear,
        plan.Parent is { } p ? DepartmentView.Of(p) : null, DepartmentView.Of(plan.Department),
        plan.Projects.Select(ProjectPlanView.Of).ToList(),
        plan.Skipped.OrderBy(s => s.Line).Select(s => new SkippedView(s.Line, s.What, s.Why, s.Field)).ToList(),
        plan.Notes.Select(n => new NoteView(n.Line, n.Message)).ToList(),
        plan.Problems.OrderBy(x => x.Line).Select(x => new DocumentProblemView(x.Line, x.Message,
            x.Severity == ProblemSeverity.Error ? "error" : "warning", x.Severity == ProblemSeverity.Error ? "错误" : "提示")).ToList(),
        new PlanSummary(plan.Projects.Count(x => !x.IsDepartmentGoals), plan.Projects.Count(x => x.IsDepartmentGoals),
            plan.Projects.Sum(x => x.Indicators.Count), plan.Skipped.Count),
        result);
}

public sealed record DepartmentView(string Code, string Name, string? ParentCode)
{
    public static DepartmentView Of(DepartmentBody d) => new(d.Code, d.Name, d.ParentCode);
}

/// <summary>Projects: the 项目支出 forms; departmentGoals: the 部门整体支出 entries (annual and long-term).</summary>
public sealed record PlanSummary(int Projects, int DepartmentGoals, int Indicators, int Skipped);

public sealed record ProjectPlanView(
    int Line, string Name, string Type, string TypeLabel, bool DepartmentGoals, bool LongTerm,
    decimal AnnualBudget, int? StartYear, int? EndYear, IReadOnlyList<string> OwnerIds, int IndicatorCount, IReadOnlyList<IndicatorPlanView> Indicators)
{
    public static ProjectPlanView Of(PlannedProject p) => new(
        p.Line, p.Name, p.Body.Type, Vocabulary.LabelOf<ProjectType>(p.Body.Type), p.IsDepartmentGoals, p.IsLongTermGoals,
        p.Body.AnnualBudget, p.Body.StartYear, p.Body.EndYear, p.Body.OwnerIds, p.Indicators.Count,
        p.Indicators.Select(i => new IndicatorPlanView(i.Line,
            i.Body.Level1, Vocabulary.LabelOf<Level1>(i.Body.Level1), i.Body.Level2, Vocabulary.LabelOf<Level2>(i.Body.Level2),
            i.Body.Name, i.Body.Target, i.Body.Standard, i.Body.Points, i.Body.Aggregation, i.Body.Frequency)).ToList());
}

public sealed record IndicatorPlanView(
    int Line, string Level1, string Level1Label, string Level2, string Level2Label, string Name, string Target,
    string? Standard, decimal? Points, string Aggregation, string Frequency);

/// <summary>Something of the document a run leaves out, why, and the field that made it so (target, level1 …) when one did.</summary>
public sealed record SkippedView(int Line, string What, string Why, string? Field);

/// <summary>A decision the importer took (a type chosen, a total left out); line 0 is the document as a whole.</summary>
public sealed record NoteView(int Line, string Message);

public sealed record DocumentProblemView(int Line, string Message, string Severity, string SeverityLabel);
