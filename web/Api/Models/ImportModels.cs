namespace KpiTracker.Web.Api.Models;

/// <summary>What POST /api/imports answers: the plan, and for a real run what each project came to.</summary>
public sealed record ImportAnswer(
    bool DryRun, string FileName, string Format, string ContentHash, int FiscalYear,
    ImportDepartment? Parent, ImportDepartment Department,
    IReadOnlyList<PlannedProject> Projects, IReadOnlyList<SkippedItem> Skipped, IReadOnlyList<ImportNote> Notes,
    IReadOnlyList<DocumentProblem> Problems, PlanSummary Summary, ImportRun? Result);

public sealed record ImportDepartment(string Code, string Name, string? ParentCode);

public sealed record PlanSummary(int Projects, int DepartmentGoals, int Indicators, int Skipped);

public sealed record PlannedProject(
    int Line, string Name, string Type, string TypeLabel, bool DepartmentGoals, bool LongTerm,
    decimal AnnualBudget, int? StartYear, int? EndYear, IReadOnlyList<string> OwnerIds, int IndicatorCount,
    IReadOnlyList<PlannedIndicator> Indicators);

public sealed record PlannedIndicator(
    int Line, string Level1, string Level1Label, string Level2, string Level2Label, string Name, string Target,
    string? Standard, decimal? Points, string Aggregation, string Frequency);

public sealed record SkippedItem(int Line, string What, string Why, string? Field);

public sealed record ImportNote(int Line, string Message);

public sealed record DocumentProblem(int Line, string Message, string Severity, string SeverityLabel);

public sealed record ImportRun(
    DepartmentOutcome? Parent, DepartmentOutcome? Department,
    int ProjectsCreated, int ProjectsExisting, int ProjectsFailed,
    int IndicatorsCreated, int IndicatorsExisting, int IndicatorsFailed,
    bool Failed, IReadOnlyList<string> Failures, IReadOnlyList<ProjectOutcome> Projects);

public sealed record DepartmentOutcome(string Code, string Name, string Outcome, string OutcomeLabel, string? Detail);

public sealed record ProjectOutcome(
    int Line, string Name, Guid? Id, bool DepartmentGoals, string Outcome, string OutcomeLabel, string? Detail,
    int IndicatorsCreated, int IndicatorsExisting, int IndicatorsFailed);
