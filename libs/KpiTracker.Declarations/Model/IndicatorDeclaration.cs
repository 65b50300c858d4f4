namespace KpiTracker.Declarations;

/// <summary>
/// One row of an indicator table (绩效指标), as written: labels and name with the spaces that the
/// extraction put between Chinese characters removed, the target with spaces inside numbers and
/// units removed ("≤2 小时" → "≤2小时", "$\geq 8\%$" → "≥8%"). Nothing is invented: a cell that is
/// not there is null, and the parser reports an <see cref="ImportProblem"/> for it.
/// </summary>
public sealed record IndicatorDeclaration(
    string? Level1Label,
    string? Level2Label,
    string? Name,
    string? TargetText,
    string? StandardLabel,
    int Line)
{
    /// <summary>For a department goal table: the number of the goal (长期目标 3 → 3).</summary>
    public int? GoalNumber { get; init; }

    /// <summary>For a department goal table: the goal heading's text after the colon, when there is one.</summary>
    public string? GoalTitle { get; init; }

    /// <summary>True when the level-1 label was not in the row but taken from the level-2 label's family.</summary>
    public bool Level1Inferred { get; init; }

    /// <summary>分值 (weight in the year-end score), when the source gives it (the XLSX template does).</summary>
    public decimal? Points { get; init; }

    /// <summary>汇总方式 as written (code or label: mean / 平均), when the source gives it.</summary>
    public string? AggregationText { get; init; }

    /// <summary>报送频率 as written (code or label: monthly / 月度), when the source gives it.</summary>
    public string? FrequencyText { get; init; }

    /// <summary>Level 1, level 2, name and target are all present.</summary>
    public bool IsComplete =>
        !string.IsNullOrEmpty(Level1Label) && !string.IsNullOrEmpty(Level2Label)
        && !string.IsNullOrEmpty(Name) && !string.IsNullOrEmpty(TargetText);
}
