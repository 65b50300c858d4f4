namespace KpiTracker.Web.Api.Models;

public sealed record Evaluation(
    Guid ProjectId, string ProjectName, int FiscalYear, string DepartmentCode, string? DepartmentName,
    string? CompetentDepartment, string? ExecutingUnit, bool Closed, string? ClosedBy, DateTimeOffset? ClosedAt,
    IReadOnlyList<MoneyRow> Money, OverallGoal OverallGoal, IReadOnlyList<EvaluatedIndicator> Indicators,
    decimal? Total, string? Grade, string? GradeLabel, IReadOnlyList<string> Problems, long Version);
