namespace KpiTracker.Targets;

/// <summary>What a unit measures. Conversion is only possible inside one dimension (and scale group).</summary>
public enum Dimension
{
    /// <summary>A bare number: it means "in the target's unit".</summary>
    Number,
    Percent,
    Duration,
    Money,
    /// <summary>A count of a named thing (次, 人, 批…); different nouns do not mix.</summary>
    Count,
    /// <summary>A ratio such as 元/人·月.</summary>
    Compound,
}
