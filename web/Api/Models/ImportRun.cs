namespace KpiTracker.Web.Api.Models;

public sealed record ImportRun(
    DepartmentOutcome? Parent, DepartmentOutcome? Department,
    int ProjectsCreated, int ProjectsExisting, int ProjectsFailed,
    int IndicatorsCreated, int IndicatorsExisting, int IndicatorsFailed,
    bool Failed, IReadOnlyList<string> Failures, IReadOnlyList<ProjectOutcome> Projects);
