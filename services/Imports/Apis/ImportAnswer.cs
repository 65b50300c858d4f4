using KpiTracker.Declarations;

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
