namespace KpiTracker.Indicators.Model;

/// <summary>
/// A 绩效指标 of a project: 一级 / 二级 / 三级 (its name) and its target. The target is kept as
/// written (for display) and as its parsed parts, each in a column of its own, as the systems in
/// use store it: kind, comparator, number, unit, direction, whether the comparator was inferred.
/// </summary>
public sealed class Indicator
{
    public Guid Id { get; init; }
    /// <summary>Declaration order (the order of the form's rows); identity column.</summary>
    public long Sequence { get; init; }
    /// <summary>Bumped on every change; the ETag and the replicas' ordering key.</summary>
    public long Version { get; set; }
    public Guid ProjectId { get; init; }
    public ProjectReplica? Project { get; init; }
    public Level1 Level1 { get; set; }
    public Level2 Level2 { get; set; }
    public required string Name { get; set; }

    public required string TargetText { get; set; }
    public TargetKind TargetKind { get; set; }
    public Comparator? TargetComparator { get; set; }
    public decimal? TargetValue { get; set; }
    /// <summary>Null for a bare number and for qualitative targets.</summary>
    public string? TargetUnit { get; set; }
    public Direction? TargetDirection { get; set; }
    public bool TargetComparatorInferred { get; set; }
    /// <summary>Text before the comparison (满意度 in 满意度>90).</summary>
    public string? TargetLabel { get; set; }

    public Standard Standard { get; set; }
    /// <summary>分值: weight in the year-end score; null = split evenly.</summary>
    public decimal? Points { get; set; }
    public Aggregation Aggregation { get; set; }
    public Frequency Frequency { get; set; }
    /// <summary>近两年指标值: values of previous years, as written.</summary>
    public List<Baseline> Baselines { get; set; } = [];
    public string? Note { get; set; }
    public bool Retired { get; set; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>
    /// Who made the current version (sub and display name), for the replicas' "最后修改". Null on
    /// indicators last changed before it was kept, unless the migration could tell from their history.
    /// </summary>
    public string? UpdatedBy { get; set; }
    public string? UpdatedByName { get; set; }

    /// <summary>Replaces the target: the text and every parsed part together.</summary>
    public void SetTarget(Target target)
    {
        TargetText = target.Text.Trim();
        TargetKind = target.Kind;
        TargetComparator = target.Comparator;
        TargetValue = target.Value;
        TargetUnit = target.Unit.IsNone ? null : target.Unit.Symbol;
        TargetDirection = target.Direction;
        TargetComparatorInferred = target.ComparatorInferred;
        TargetLabel = target.Label;
    }
}
