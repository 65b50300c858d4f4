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
