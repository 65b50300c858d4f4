namespace KpiTracker.Targets;

/// <summary>Why a value could not be converted; an enum so the hot path never builds a string.</summary>
public enum ConversionError
{
    None,
    /// <summary>Different dimensions (时间 vs 金额) or different count nouns (批 vs 人).</summary>
    Incompatible,
    /// <summary>Same dimension but no exact factor (天 vs 月, 工作日 vs 天).</summary>
    NotExact,
    /// <summary>The target has no unit and the value's unit is a money or time unit whose scale would be a guess.</summary>
    AmbiguousScale,
    Overflow,
}
