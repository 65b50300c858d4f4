namespace KpiTracker.Web.Api.Models;

public sealed record CodeLabel(string Code, string Label);

public sealed record ForecastView(string AsOf, string? ExpectedValue, string Likelihood, string LikelihoodLabel,
    IReadOnlyList<CodeLabel> DeviationReasons, string? Note, string RecordedBy, DateTimeOffset RecordedAt);

public sealed record MonitoringIndicator(
    Guid Id, string Level1, string Level1Label, string Level2, string Level2Label, string Name,
    string Target, decimal? Actual, string? ActualText, decimal? Completion,
    string Status, string Light, string LightLabel, bool DeviationExplained,
    ForecastView? Forecast, string? ExpectedValue, string? Likelihood, string? LikelihoodLabel,
    IReadOnlyList<CodeLabel> DeviationReasons, string? Note);

public sealed record MonitoringBudget(decimal Annual, decimal Executed, decimal? Rate, decimal ExpectedYearEnd, decimal? ExpectedYearEndRate,
    string Light, string LightLabel, string? ProjectionMethod);

/// <summary>The sheet at a cut-off month; the 监控表's status as Reporting last heard it (for the printed sheet).</summary>
public sealed record Monitoring(Guid ProjectId, string ProjectName, string DepartmentCode, int FiscalYear, string AsOf,
    MonitoringBudget Budget, IReadOnlyList<MonitoringIndicator> Indicators, string? SubmissionStatusLabel = null);

public sealed record MoneyRow(string Item, string Label, decimal? InitialBudget, decimal? AnnualBudget, decimal? Executed,
    decimal? Points, decimal? ExecutionRate, decimal? Score);

public sealed record OverallGoal(string? Expected, string? Achieved);

public sealed record EvaluatedIndicator(
    Guid Id, string Level1, string Level1Label, string Level2, string Level2Label, string Name,
    string Target, string? Actual, decimal? ActualValue, string? Judgement, string? JudgementLabel,
    decimal Points, decimal? Score, decimal? ReviewerScore, decimal? ScoreMin, decimal? ScoreMax,
    string? DeviationNote, bool NotApplicable, string Status, string Light);

public sealed record Evaluation(
    Guid ProjectId, string ProjectName, int FiscalYear, string DepartmentCode, string? DepartmentName,
    string? CompetentDepartment, string? ExecutingUnit, bool Closed, string? ClosedBy, DateTimeOffset? ClosedAt,
    IReadOnlyList<MoneyRow> Money, OverallGoal OverallGoal, IReadOnlyList<EvaluatedIndicator> Indicators,
    decimal? Total, string? Grade, string? GradeLabel, IReadOnlyList<string> Problems, long Version);

public sealed record AuditEntry(Guid Id, string Action, string By, string? ByName, DateTimeOffset At, string? Reason, string? Detail);

public sealed record AlertItem(
    string Kind, string KindLabel, Guid ProjectId, string ProjectName, string DepartmentCode,
    Guid IndicatorId, string IndicatorName, string Light, string Status, string Message,
    string? Period, DateOnly? DueSince, int? DaysOverdue);

public sealed record AlertList(string? DepartmentCode, int FiscalYear, string AsOf, DateOnly Today, int Total,
    IReadOnlyDictionary<string, int> Counts, IReadOnlyList<AlertItem> Items, int Page, int PageSize);
