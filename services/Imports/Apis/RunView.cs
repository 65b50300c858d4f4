using KpiTracker.Declarations.Api;

namespace KpiTracker.Imports.Apis;

/// <summary>What a real run did, as the API answered each request: per project created, exists or failed with the API's reason.</summary>
public sealed record RunView(
    DepartmentOutcomeView? Parent, DepartmentOutcomeView? Department,
    int ProjectsCreated, int ProjectsExisting, int ProjectsFailed,
    int IndicatorsCreated, int IndicatorsExisting, int IndicatorsFailed,
    bool Failed, IReadOnlyList<string> Failures, IReadOnlyList<ProjectOutcomeView> Projects)
{
    public static RunView Of(ImportResult r) => new(
        r.Parent is { } p ? DepartmentOutcomeView.Of(p) : null, r.Department is { } d ? DepartmentOutcomeView.Of(d) : null,
        r.ProjectsCreated, r.ProjectsExisting, r.ProjectsFailed, r.IndicatorsCreated, r.IndicatorsExisting, r.IndicatorsFailed,
        r.Failed, r.Failures, r.Projects.Select(ProjectOutcomeView.Of).ToList());

    public static string Code(ImportOutcome o) => o switch
    {
        ImportOutcome.Created => "created",
        ImportOutcome.Exists => "exists",
        _ => "failed",
    };

    public static string Label(ImportOutcome o) => o switch
    {
        ImportOutcome.Created => "已创建",
        ImportOutcome.Exists => "已存在",
        _ => "未导入",
    };
}

public sealed record DepartmentOutcomeView(string Code, string Name, string Outcome, string OutcomeLabel, string? Detail)
{
    public static DepartmentOutcomeView Of(RegisteredDepartment d) => new(d.Department.Code, d.Department.Name,
        d.Outcome switch { RegistrationOutcome.Registered => "registered", RegistrationOutcome.Exists => "exists", _ => "conflict" },
        d.Outcome switch { RegistrationOutcome.Registered => "已登记", RegistrationOutcome.Exists => "已存在", _ => "已存在（名称或上级不同，保持原样）" },
        d.Detail);
}

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

public sealed record IndicatorOutcomeView(int Line, string Name, string Outcome, string OutcomeLabel, string? Id, string? Detail);
