namespace KpiTracker.Web.Api.Models;

/// <summary>What POST /api/imports answers: the plan, and for a real run what each project came to.</summary>
public sealed record ImportAnswer(
    bool DryRun, string FileName, string Format, string ContentHash, int FiscalYear,
    ImportDepartment? Parent, ImportDepartment Department,
    IReadOnlyList<PlannedProject> Projects, IReadOnlyList<SkippedItem> Skipped, IReadOnlyList<ImportNote> Notes,
    IReadOnlyList<DocumentProblem> Problems, PlanSummary Summary, ImportRun? Result);
