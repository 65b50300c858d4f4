namespace KpiTracker.Web.Api.Models;

public sealed record LightCounts(int Green, int Yellow, int Red, int Blue, int Grey)
{
    public int Of(string light) => light switch
    {
        "green" => Green, "yellow" => Yellow, "red" => Red, "blue" => Blue, _ => Grey,
    };
}

public sealed record StatusCounts(int Met, int Pending, int Missed, int NoData)
{
    public int Of(string status) => status switch
    {
        "met" => Met, "pending" => Pending, "missed" => Missed, _ => NoData,
    };
}

public sealed record BudgetSummary(decimal Annual, decimal Executed, decimal? ExecutionRate);

public sealed record DashboardSummary(int Projects, int Indicators, LightCounts Lights, StatusCounts Status, BudgetSummary Budget);

public sealed record DashboardProject(
    Guid Id, string Name, string DepartmentCode, string Light, string LightLabel, decimal? Score, string? Grade,
    decimal? BudgetExecutionRate, string BudgetLight, int Indicators, LightCounts Lights, StatusCounts Status, bool LongTerm);

public sealed record Dashboard(string? DepartmentCode, int FiscalYear, string AsOf, DashboardSummary Summary,
    IReadOnlyList<DashboardProject> Projects, IReadOnlyList<DashboardProject> DepartmentGoals);

public sealed record ParsedTarget(string Kind, string? Comparator, decimal? Value, string? Unit, string? Direction, bool ComparatorInferred);

public sealed record TrendPoint(string Period, decimal? Value, string? Judgement);

public sealed record DashboardIndicator(
    Guid Id, string Level1, string Level1Label, string Level2, string Level2Label, string Name,
    string Target, ParsedTarget ParsedTarget, string Aggregation, string Frequency,
    decimal? Actual, string? ActualText, string? Judgement, decimal? Completion,
    string Status, string StatusLabel, string Light, string LightLabel, string? Likelihood,
    IReadOnlyList<string> MissingPeriods, IReadOnlyList<TrendPoint> Trend,
    string? LastChangedBy = null, string? LastChangedByName = null, DateTimeOffset? LastChangedAt = null,
    string? LastValueBy = null, string? LastValueByName = null, DateTimeOffset? LastValueAt = null, string? LastValuePeriod = null);

public sealed record ProjectDashboard(
    Guid Id, string Name, string DepartmentCode, int FiscalYear, string AsOf, bool YearClosed,
    string Light, string LightLabel, decimal? Score, string? Grade, IReadOnlyList<string> ScoreProblems,
    BudgetSummary Budget, string BudgetLight, LightCounts Lights, StatusCounts Status,
    IReadOnlyList<DashboardIndicator> Indicators);
