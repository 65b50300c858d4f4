using KpiTracker.Contracts;

namespace KpiTracker.Reporting.Model;

// The replicated part: rebuilt from the owning services' events, cleared by a rebuild.

public sealed class DepartmentRow
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? ParentCode { get; set; }
    public string[] Path { get; set; } = [];
}

/// <summary>
/// A project's snapshot plus its spending summed per period, so the dashboard reads money
/// from the project row and never touches the spending entries.
/// </summary>
public sealed class ProjectRow
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public required string DepartmentCode { get; set; }
    public string[] DepartmentPath { get; set; } = [];
    public int FiscalYear { get; set; }
    public required string Name { get; set; }
    public string? CompetentDepartment { get; set; }
    public string? ExecutingUnit { get; set; }
    public string? LeaderName { get; set; }
    public string? LeaderPhone { get; set; }
    public required string Type { get; set; }
    public decimal? TotalBudget { get; set; }
    public decimal AnnualBudget { get; set; }
    public List<FundingLine> Funding { get; set; } = [];
    public string? OverallGoal { get; set; }
    public string[] OwnerIds { get; set; } = [];
    public bool Archived { get; set; }
    /// <summary>
    /// A departmentOverall entry of long-term (multi-year) goals (长期目标): not reported period by
    /// period, so its indicators raise no overdue alerts.
    /// </summary>
    public bool LongTerm { get; set; }
    /// <summary>
    /// The declaration's status code (draft, submitted, approved, returned): shown on the dashboard, and a
    /// year closes only on an approved declaration. Rows from before the approval chain read as approved.
    /// </summary>
    public string DeclarationStatus { get; set; } = "approved";
    public List<SpendingPoint> Spending { get; set; } = [];

    /// <summary>
    /// The department's goals for its overall spending (部门整体支出), tracked like a project but
    /// not a 项目支出 project: left out of a department's project list, counts and 项目支出自评.
    /// </summary>
    public bool IsDepartmentOverall =>
        string.Equals(Type, KpiTracker.Targets.Vocabulary.Code(KpiTracker.Targets.ProjectType.DepartmentOverall), StringComparison.OrdinalIgnoreCase);
}

/// <summary>Spending of one period (all entries of the period added up).</summary>
public sealed record SpendingPoint(string P, decimal Amount);

/// <summary>
/// An indicator's snapshot with the target's parts, plus the compact summaries every query
/// needs: the latest value per period (already in the target's unit) and the latest forecast
/// likelihood per monitoring date. One row per indicator answers the dashboard at any cut-off.
/// </summary>
public sealed class IndicatorRow
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public Guid ProjectId { get; set; }
    public required string Level1 { get; set; }
    public required string Level2 { get; set; }
    public required string Name { get; set; }
    public required string TargetText { get; set; }
    public required string Kind { get; set; }
    public string? Comparator { get; set; }
    public decimal? TargetValue { get; set; }
    public string? Unit { get; set; }
    public string? Direction { get; set; }
    public bool ComparatorInferred { get; set; }
    public required string Standard { get; set; }
    public decimal? Points { get; set; }
    public required string Aggregation { get; set; }
    public required string Frequency { get; set; }
    public bool Retired { get; set; }
    /// <summary>Who made the version held here (sub, display name) and when: the dashboard's 最后修改. Null when the event did not say.</summary>
    public string? ChangedBy { get; set; }
    public string? ChangedByName { get; set; }
    public DateTimeOffset? ChangedAt { get; set; }
    public List<SeriesPoint> Series { get; set; } = [];
    public List<ForecastPoint> Forecasts { get; set; } = [];
}

/// <summary>
/// The latest value of one period: V in the target's unit (null when it did not convert or the
/// indicator is qualitative), J the judgement code, N whether the owner wrote a note with it.
/// </summary>
public sealed record SeriesPoint(string P, decimal? V, string? J, bool N);

/// <summary>
/// The latest forecast of one monitoring date: likelihood code, whether reasons or a note explain it, and
/// the expected year-end value as written (E, for the projection; absent on rows summarised before it was kept).
/// </summary>
public sealed record ForecastPoint(string A, string L, bool N, string? E = null);

/// <summary>The latest version of one measurement (older versions are not needed here).</summary>
public sealed class MeasurementRow
{
    public Guid MeasurementId { get; set; }
    public int Version { get; set; }
    public Guid IndicatorId { get; set; }
    public Guid ProjectId { get; set; }
    public required string Period { get; set; }
    public decimal? Value { get; set; }
    public string? Unit { get; set; }
    public string? Judgement { get; set; }
    public string? RawValue { get; set; }
    public string? Note { get; set; }
    public required string RecordedBy { get; set; }
    /// <summary>The recorder's display name; null on rows from events sent before it was carried.</summary>
    public string? RecordedByName { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

public sealed class SpendingRow
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public required string Period { get; set; }
    public decimal Amount { get; set; }
    public string? Note { get; set; }
    public required string RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    /// <summary>
    /// The entry's version this row holds (a correction is a higher version of the same id); a
    /// lower one arriving late is ignored. 0 on rows stored before versions were sent, i.e. version 1.
    /// </summary>
    public int Version { get; set; }
}

public sealed class ForecastRow
{
    public Guid Id { get; set; }
    public Guid IndicatorId { get; set; }
    public Guid ProjectId { get; set; }
    public required string AsOf { get; set; }
    public string? ExpectedValue { get; set; }
    public required string Likelihood { get; set; }
    public string[] DeviationReasons { get; set; } = [];
    public string? Note { get; set; }
    public required string RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>A month's 监控表 status as Measurements last announced it (the highest version wins).</summary>
public sealed class MonitoringSubmissionRow
{
    public Guid ProjectId { get; set; }
    public int FiscalYear { get; set; }
    public int Month { get; set; }
    /// <summary>MonitoringStatus code: submitted, accepted, returned, reopened.</summary>
    public required string Status { get; set; }
    public long Version { get; set; }
    public required string ChangedBy { get; set; }
    public string? ChangedByName { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
